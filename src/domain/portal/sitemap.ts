/**
 * `/sitemap.xml` and `/robots.txt` (sitemaps.org protocol 0.9). A sitemap holds at most 50,000
 * addresses; an installation with more public pages gets a sitemap index whose parts are
 * `/sitemap/<n>.xml`. Addresses are absolute (from the installation's public URL) and escaped.
 */

export const sitemapLimit = 50_000;

export type SitemapEntry = { path: string; lastmod?: Date | string | null };

/** The five characters XML reserves, escaped (text and attribute values alike). */
export function escapeXml(text: string): string {
  return text.replace(/[<>&'"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', "'": '&apos;', '"': '&quot;' })[c]!);
}

/** `base` (e.g. `https://inovasi.contoh.go.id/`) joined with a root-relative path; each path segment percent-encoded once. */
export function absoluteUrl(base: string, path: string): string {
  const root = base.replace(/\/+$/, '');
  const [pathname, query] = path.split(/\?(.*)/s, 2) as [string, string | undefined];
  const encoded = pathname
    .split('/')
    .map((segment) => encodeURIComponent(safeDecode(segment)))
    .join('/');
  return `${root}${encoded.startsWith('/') ? '' : '/'}${encoded}${query ? `?${query}` : ''}`;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

/** W3C datetime of a date (the day is enough for search engines; time zone UTC). */
export function lastmodOf(value: Date | string | null | undefined): string | null {
  if (!value) return null;
  const date = value instanceof Date ? value : new Date(value);
  return Number.isNaN(date.getTime()) ? null : date.toISOString().slice(0, 10);
}

function entryXml(tag: 'url' | 'sitemap', base: string, entry: SitemapEntry): string {
  const lastmod = lastmodOf(entry.lastmod);
  return `<${tag}><loc>${escapeXml(absoluteUrl(base, entry.path))}</loc>${lastmod ? `<lastmod>${lastmod}</lastmod>` : ''}</${tag}>`;
}

/** A `<urlset>` of at most 50,000 entries (the caller splits larger sets, see `sitemapParts`). */
export function urlsetXml(base: string, entries: readonly SitemapEntry[]): string {
  if (entries.length > sitemapLimit) throw new Error(`a sitemap holds at most ${sitemapLimit} addresses`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${entries.map((e) => entryXml('url', base, e)).join('\n')}\n</urlset>\n`;
}

/** A `<sitemapindex>` pointing at the parts. */
export function sitemapIndexXml(base: string, parts: readonly SitemapEntry[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${parts.map((e) => entryXml('sitemap', base, e)).join('\n')}\n</sitemapindex>\n`;
}

/** How many parts `total` addresses need at `limit` per part (at least one). */
export function sitemapPartCount(total: number, limit = sitemapLimit): number {
  return Math.max(1, Math.ceil(total / limit));
}

/** The `index`-th part (1-based) of `entries`, or null past the end. */
export function sitemapPart<T>(entries: readonly T[], index: number, limit = sitemapLimit): T[] | null {
  if (!Number.isInteger(index) || index < 1 || index > sitemapPartCount(entries.length, limit)) return null;
  return entries.slice((index - 1) * limit, index * limit);
}

/** The newest lastmod of some entries (for the index's entry of a part). */
export function newestLastmod(entries: readonly SitemapEntry[]): string | null {
  let newest: string | null = null;
  for (const e of entries) {
    const d = lastmodOf(e.lastmod);
    if (d && (!newest || d > newest)) newest = d;
  }
  return newest;
}

/**
 * Paths of the staff application and the API: not for search engines (they answer a sign-in page
 * or JSON). The public portal's pages are everything else.
 */
export const robotsDisallowed = [
  '/api/',
  '/dasbor',
  '/registri',
  '/masuk',
  '/setup',
  '/lupa-sandi',
  '/atur-sandi',
  '/daftar',
  '/verifikasi-email',
  '/ide-saya',
  '/moderasi-ide',
  '/lab',
  '/kelola-pengumuman',
  '/lomba-saya',
  '/penjurian',
  '/kelola-lomba',
  '/unit',
  '/pengguna',
  '/audit',
  '/kotak-surat',
  '/pemda',
  '/simulasi',
  '/periode',
  '/data-master',
  '/verifikasi',
  '/pemantauan',
  '/aspek-daerah',
  '/bahasa',
] as const;

/** robots.txt: every crawler may read the portal, not the staff application or the API; where the sitemap is. */
export function robotsTxt(base: string, disallowed: readonly string[] = robotsDisallowed): string {
  return ['User-agent: *', 'Allow: /', ...disallowed.map((p) => `Disallow: ${p}`), '', `Sitemap: ${absoluteUrl(base, '/sitemap.xml')}`, ''].join('\n');
}
