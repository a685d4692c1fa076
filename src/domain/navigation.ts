import type { Role } from './roles.js';

/** What each role may open in the app. The web menu and the browser tests read this one list. */
export const navigation = [
  { key: 'dashboard', path: '/dasbor', roles: ['admin', 'operator', 'pendamping', 'kepala_unit', 'tim_penilai', 'juri', 'pimpinan', 'masyarakat'] },
  { key: 'innovations', path: '/registri', roles: ['admin', 'operator', 'pendamping', 'kepala_unit', 'tim_penilai', 'pimpinan'] },
  { key: 'myIdeas', path: '/ide-saya', roles: ['admin', 'operator', 'pendamping', 'kepala_unit', 'tim_penilai', 'juri', 'pimpinan', 'masyarakat'] },
  { key: 'regionAspect', path: '/aspek-daerah', roles: ['admin', 'pendamping', 'tim_penilai', 'pimpinan'] },
  { key: 'review', path: '/verifikasi', roles: ['admin', 'pendamping', 'kepala_unit'] },
  { key: 'monitoring', path: '/pemantauan', roles: ['admin', 'pimpinan'] },
  { key: 'lab', path: '/lab', roles: ['admin', 'operator', 'pendamping', 'kepala_unit', 'pimpinan'] },
  { key: 'myContests', path: '/lomba-saya', roles: ['admin', 'operator', 'kepala_unit', 'masyarakat'] },
  { key: 'judging', path: '/penjurian', roles: ['juri'] },
  { key: 'contests', path: '/kelola-lomba', roles: ['admin'] },
  { key: 'simulator', path: '/simulasi', roles: ['admin', 'pendamping', 'pimpinan', 'tim_penilai'] },
  { key: 'periods', path: '/periode', roles: ['admin'] },
  { key: 'masterData', path: '/data-master', roles: ['admin'] },
  { key: 'ideaModeration', path: '/moderasi-ide', roles: ['admin'] },
  { key: 'announcements', path: '/kelola-pengumuman', roles: ['admin'] },
  { key: 'units', path: '/unit', roles: ['admin', 'pimpinan'] },
  { key: 'users', path: '/pengguna', roles: ['admin'] },
  { key: 'audit', path: '/audit', roles: ['admin'] },
  { key: 'outbox', path: '/kotak-surat', roles: ['admin'] },
  { key: 'region', path: '/pemda', roles: ['admin'] },
] as const satisfies readonly { key: string; path: string; roles: readonly Role[] }[];

export type NavKey = (typeof navigation)[number]['key'];

export function navigationFor(actorRoles: readonly Role[]) {
  return navigation.filter((item) => item.roles.some((r) => actorRoles.includes(r as Role)));
}

/**
 * The public portal's sections (ADR 013): pages the server renders at these addresses and below
 * them, outside the app's router. The sitemap lists them in this order.
 */
export const portalPaths = ['/', '/inovasi', '/statistik', '/ide', '/lomba', '/data', '/pengumuman'] as const;

/**
 * Whether a link (a path, with or without a query) leads to a portal page, which the app must load
 * in full rather than route: `/ide/<id>` is, the app's own `/ide-saya` and `/data-master` are not.
 */
export function isPortalPath(link: string): boolean {
  const path = link.split(/[?#]/, 1)[0]!;
  return portalPaths.some((p) => path === p || (p !== '/' && path.startsWith(`${p}/`)));
}
