import type { DeepStrings } from './deep-strings.js';

/** Server texts of the innovation lab and action plans (top-level key `lab`). Indonesian first; English must have the same keys. */
export const messagesLabId = {
  lab: { notFound: 'Kohort tidak ditemukan.' },
};

export const messagesLabEn: DeepStrings<typeof messagesLabId> = {
  lab: { notFound: 'Cohort not found.' },
};
