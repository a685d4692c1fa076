import { clearLocalDraft, readLocalDraft, writeLocalDraft } from '../../../lib/local-draft.js';
import type { EntryValues } from './entry-values.js';

/**
 * The entry form as typed, kept in this browser's storage until the server has it, so a closed
 * tab, a reload or a lost connection loses nothing (as the idea form does). One draft per account
 * and entry; removed once saved.
 */
const key = (userId: string, entryId: string) => `lumbung.contestEntryDraft.${userId}.${entryId}`;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown) => (typeof v === 'string' ? v : '');

export function readEntryDraft(userId: string, entryId: string): EntryValues | null {
  const value = readLocalDraft(key(userId, entryId));
  if (!isRecord(value)) return null;
  const declarations = isRecord(value.declarations) ? value.declarations : {};
  const answers = isRecord(value.answers) ? value.answers : {};
  return {
    category: typeof value.category === 'string' ? value.category : null,
    fieldOfWork: typeof value.fieldOfWork === 'string' ? value.fieldOfWork : null,
    title: str(value.title),
    summary: str(value.summary),
    groupName: str(value.groupName),
    members: Array.isArray(value.members) ? value.members.filter(isRecord).map((m) => ({ name: str(m.name), role: str(m.role) })) : [],
    answers: Object.fromEntries(Object.entries(answers).map(([k, v]) => [k, str(v)])),
    declarations: {
      resident: declarations.resident === true,
      notAwardedElsewhere: declarations.notAwardedElsewhere === true,
      implementedOn: str(declarations.implementedOn),
    },
  };
}

export const writeEntryDraft = (userId: string, entryId: string, values: EntryValues) => writeLocalDraft(key(userId, entryId), values);
export const clearEntryDraft = (userId: string, entryId: string) => clearLocalDraft(key(userId, entryId));
