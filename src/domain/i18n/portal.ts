import type { DeepStrings } from './deep-strings.js';

/** Texts of the public portal's server-rendered pages (resource key `portal`). Indonesian first; English must have the same keys. */
export const portalId = {
  title: 'Portal Inovasi Daerah',
  siteName: 'Inovasi {{region}}',
  skipToContent: 'Langsung ke isi',
  menu: 'Menu portal',
  nav: { home: 'Beranda', innovations: 'Inovasi', statistics: 'Statistik', ideas: 'Bank Ide', contests: 'Lomba', data: 'Data Terbuka' },
  otherLanguage: 'English',
  dashboard: 'Dasbor',
  signIn: 'Masuk',
  rss: 'RSS pengumuman',
};

export const portalEn: DeepStrings<typeof portalId> = {
  title: 'Regional Innovation Portal',
  siteName: '{{region}} innovations',
  skipToContent: 'Skip to content',
  menu: 'Portal menu',
  nav: { home: 'Home', innovations: 'Innovations', statistics: 'Statistics', ideas: 'Idea bank', contests: 'Contests', data: 'Open data' },
  otherLanguage: 'Bahasa Indonesia',
  dashboard: 'Dashboard',
  signIn: 'Sign in',
  rss: 'Announcements RSS',
};
