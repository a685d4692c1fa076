/*
 * What a person typed, kept in this browser's storage until the server has it, so a closed tab, a
 * reload or a lost connection loses nothing. Storage may be blocked (private mode) or full: then
 * only the local copy is lost, never the form.
 */

/** The stored value, or null when there is none or it cannot be read. */
export function readLocalDraft(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw ? (JSON.parse(raw) as unknown) : null;
  } catch {
    return null;
  }
}

export function writeLocalDraft(key: string, value: unknown): void {
  try {
    localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // A full or blocked storage only costs the local copy.
  }
}

export function clearLocalDraft(key: string): void {
  try {
    localStorage.removeItem(key);
  } catch {
    // Nothing to clear.
  }
}
