import type { DeepStrings } from './deep-strings.js';

/** Server texts of contests, entries and the selection (top-level `contests`, plus `validation.contests`, `notification.contests`, `mail.contests`). Indonesian first; English must have the same keys. */
export const messagesContestsId = {} as const;

export const messagesContestsEn: DeepStrings<typeof messagesContestsId> = {};
