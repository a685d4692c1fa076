import type { DeepStrings } from './deep-strings.js';

/** Server texts of announcements (top-level key `announcements`). Indonesian first; English must have the same keys. */
export const messagesAnnouncementsId = {
  announcements: {
    error: {
      slugTaken: 'Pengumuman lain dengan judul yang sama baru saja disimpan. Simpan sekali lagi.',
      deletePublished: 'Pengumuman yang sudah terbit tidak dapat dihapus. Tarik dulu dari portal.',
    },
  },
};

export const messagesAnnouncementsEn: DeepStrings<typeof messagesAnnouncementsId> = {
  announcements: {
    error: {
      slugTaken: 'Another announcement with the same title was just saved. Please save again.',
      deletePublished: 'A published announcement cannot be deleted. Withdraw it from the portal first.',
    },
  },
};
