import type { DeepStrings } from './deep-strings.js';

/** Web texts of announcements and open data (merged into `ui`: `ui.announcements`). Indonesian first; English must have the same keys. */
export const uiAnnouncementsId = {
  announcements: { title: 'Pengumuman' },
};

export const uiAnnouncementsEn: DeepStrings<typeof uiAnnouncementsId> = {
  announcements: { title: 'Announcements' },
};
