import type { DeepStrings } from './deep-strings.js';

/** Server texts of announcements and open data (top-level key `announcements`). Indonesian first; English must have the same keys. */
export const messagesAnnouncementsId = {
  announcements: { notFound: 'Pengumuman tidak ditemukan.' },
};

export const messagesAnnouncementsEn: DeepStrings<typeof messagesAnnouncementsId> = {
  announcements: { notFound: 'Announcement not found.' },
};
