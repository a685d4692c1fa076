import type { Innovation } from '../../../domain/contracts/innovations.js';
import { changedKeys, fromInnovation, rebaseOnto, type Conflict, type ProfileValues } from './profile-values.js';

/**
 * Unsaved profile edits kept on the device, per innovation: the values, and the server version
 * and values they started from, so a later load can tell a plain restore from a conflict.
 */
export type Draft = { version: number; base: ProfileValues; values: ProfileValues; savedAt: string };

const keyOf = (id: string) => `lumbung.innovation-draft.${id}`;

export function readDraft(id: string): Draft | null {
  try {
    const raw = localStorage.getItem(keyOf(id));
    const draft = raw ? (JSON.parse(raw) as Draft) : null;
    return draft && typeof draft.version === 'number' && draft.values && draft.base ? draft : null;
  } catch {
    return null;
  }
}

export function writeDraft(id: string, draft: Omit<Draft, 'savedAt'>): void {
  try {
    localStorage.setItem(keyOf(id), JSON.stringify({ ...draft, savedAt: new Date().toISOString() }));
  } catch {
    // Storage full or disabled (private mode): the server save still runs; nothing else to do.
  }
}

/** Replaces only the values of an existing draft (its version and base stay). */
export function updateDraftValues(id: string, values: ProfileValues): void {
  const draft = readDraft(id);
  if (draft) writeDraft(id, { version: draft.version, base: draft.base, values });
}

export function clearDraft(id: string): void {
  try {
    localStorage.removeItem(keyOf(id));
  } catch {
    // See writeDraft.
  }
}

/** What the form starts with: the server's values, a restored draft, or a conflict with an older draft. */
export function startingState(innovation: Innovation, editable: boolean): { base: Innovation; values: ProfileValues; conflict: Conflict | null; restored: boolean } {
  const server = fromInnovation(innovation);
  const draft = editable ? readDraft(innovation.id) : null;
  if (!draft || changedKeys(draft.values, draft.base).length === 0) return { base: innovation, values: server, conflict: null, restored: false };
  if (draft.version === innovation.version) return { base: innovation, values: draft.values, conflict: null, restored: changedKeys(draft.values, server).length > 0 };
  const rebased = rebaseOnto(innovation, draft.values, draft.base);
  if (rebased.conflict) return { base: innovation, values: draft.values, conflict: rebased.conflict, restored: false };
  return { base: innovation, values: rebased.values, conflict: null, restored: changedKeys(rebased.values, server).length > 0 };
}
