import type { DeepStrings } from './deep-strings.js';

/** Server texts (errors, e-mail, notifications) of citizen accounts and the idea bank (top-level keys `citizen`, `ideas`). Indonesian first; English must have the same keys. */
export const messagesIdeasId = {
  ideas: { notFound: 'Ide tidak ditemukan.' },
};

export const messagesIdeasEn: DeepStrings<typeof messagesIdeasId> = {
  ideas: { notFound: 'Idea not found.' },
};
