/**
 * Drafts of the idea form, kept in this browser's storage while the person types, so that a
 * closed dialog, a reload or a lost connection loses nothing. One draft per account and idea
 * ("new" for an idea not sent yet); removed once the idea is saved on the server.
 */
export type IdeaDraft = { title: string; problem: string; solution: string; affair: string | null; location: string };

const key = (userId: string, ideaId: string | null) => `lumbung.ideaDraft.${userId}.${ideaId ?? 'new'}`;

export function readDraft(userId: string, ideaId: string | null): IdeaDraft | null {
  try {
    const raw = localStorage.getItem(key(userId, ideaId));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<IdeaDraft>;
    const str = (v: unknown) => (typeof v === 'string' ? v : '');
    return {
      title: str(value.title),
      problem: str(value.problem),
      solution: str(value.solution),
      affair: typeof value.affair === 'string' ? value.affair : null,
      location: str(value.location),
    };
  } catch {
    // Storage blocked (private mode) or a damaged entry: start from the saved idea.
    return null;
  }
}

export function writeDraft(userId: string, ideaId: string | null, draft: IdeaDraft): void {
  try {
    const empty = !draft.title.trim() && !draft.problem.trim() && !draft.solution.trim() && !draft.location.trim();
    if (empty && !ideaId) localStorage.removeItem(key(userId, ideaId));
    else localStorage.setItem(key(userId, ideaId), JSON.stringify(draft));
  } catch {
    // A full or blocked storage only costs the draft.
  }
}

export function clearDraft(userId: string, ideaId: string | null): void {
  try {
    localStorage.removeItem(key(userId, ideaId));
  } catch {
    // Nothing to clear.
  }
}
