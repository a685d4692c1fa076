import { describe, expect, it } from 'vitest';
import { navigation } from '../navigation.js';
import { absoluteUrl, escapeXml, lastmodOf, newestLastmod, robotsDisallowed, robotsTxt, sitemapIndexXml, sitemapPart, sitemapPartCount, urlsetXml } from './sitemap.js';

describe('escapeXml', () => {
  it.each([
    ['a & b', 'a &amp; b'],
    ['<x>', '&lt;x&gt;'],
    [`"it's"`, '&quot;it&apos;s&quot;'],
    ['plain', 'plain'],
  ])('%j → %j', (input, out) => {
    expect(escapeXml(input)).toBe(out);
  });
});

describe('absoluteUrl', () => {
  it.each([
    ['https://inovasi.contoh.go.id', '/', 'https://inovasi.contoh.go.id/'],
    ['https://inovasi.contoh.go.id/', '/inovasi', 'https://inovasi.contoh.go.id/inovasi'],
    ['https://x.go.id/portal/', '/inovasi/a-b', 'https://x.go.id/portal/inovasi/a-b'],
    ['https://x.go.id', '/inovasi/kopi & teh', 'https://x.go.id/inovasi/kopi%20%26%20teh'],
    ['https://x.go.id', '/inovasi/sudah%20terkode', 'https://x.go.id/inovasi/sudah%20terkode'],
    ['https://x.go.id', '/ide/1?tab=a&b=c', 'https://x.go.id/ide/1?tab=a&b=c'],
  ])('%s + %s → %s', (base, path, out) => {
    expect(absoluteUrl(base, path)).toBe(out);
  });
});

describe('lastmodOf', () => {
  it.each([
    [new Date('2026-11-20T23:59:00Z'), '2026-11-20'],
    ['2026-01-02T03:04:05+07:00', '2026-01-01'],
    [null, null],
    ['bukan tanggal', null],
  ] as const)('%j → %j', (input, out) => {
    expect(lastmodOf(input)).toBe(out);
  });
});

describe('urlsetXml', () => {
  it('writes escaped absolute addresses with their lastmod', () => {
    const xml = urlsetXml('https://x.go.id', [{ path: '/' }, { path: "/inovasi/a&b'c", lastmod: new Date('2026-11-20T00:00:00Z') }]);
    expect(xml).toBe(
      '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
        '<url><loc>https://x.go.id/</loc></url>\n' +
        "<url><loc>https://x.go.id/inovasi/a%26b'c</loc><lastmod>2026-11-20</lastmod></url>\n</urlset>\n".replace("b'c", 'b&apos;c'),
    );
  });

  it('refuses more than 50,000 addresses', () => {
    expect(() => urlsetXml('https://x.go.id', Array.from({ length: 50_001 }, (_, i) => ({ path: `/inovasi/${i}` })))).toThrow();
  });

  it('writes a sitemap index', () => {
    expect(sitemapIndexXml('https://x.go.id', [{ path: '/sitemap/1.xml', lastmod: '2026-11-20' }])).toContain('<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n<sitemap><loc>https://x.go.id/sitemap/1.xml</loc><lastmod>2026-11-20</lastmod></sitemap>');
  });
});

describe('sitemap parts', () => {
  it.each([
    [0, 1],
    [1, 1],
    [50_000, 1],
    [50_001, 2],
    [120_000, 3],
  ])('%d addresses → %d parts', (total, parts) => {
    expect(sitemapPartCount(total)).toBe(parts);
  });

  it('cuts the n-th part and nothing past the end', () => {
    const entries = [1, 2, 3, 4, 5];
    expect(sitemapPart(entries, 1, 2)).toEqual([1, 2]);
    expect(sitemapPart(entries, 3, 2)).toEqual([5]);
    expect(sitemapPart(entries, 4, 2)).toBeNull();
    expect(sitemapPart(entries, 0, 2)).toBeNull();
    expect(sitemapPart([], 1, 2)).toEqual([]);
  });

  it('finds the newest lastmod', () => {
    expect(newestLastmod([{ path: '/', lastmod: '2026-01-02' }, { path: '/', lastmod: null }, { path: '/', lastmod: new Date('2026-03-01T00:00:00Z') }])).toBe('2026-03-01');
    expect(newestLastmod([])).toBeNull();
  });
});

describe('robotsTxt', () => {
  const txt = robotsTxt('https://x.go.id/');

  it('allows the portal, disallows the API and the staff app, and names the sitemap', () => {
    expect(txt.split('\n').slice(0, 3)).toEqual(['User-agent: *', 'Allow: /', 'Disallow: /api/']);
    expect(txt).toContain('Disallow: /dasbor\n');
    expect(txt).toContain('Disallow: /registri\n');
    expect(txt).toContain('\nSitemap: https://x.go.id/sitemap.xml\n');
  });

  it('covers every page of the staff navigation', () => {
    for (const item of navigation) expect(robotsDisallowed, item.path).toContain(item.path);
  });

  it('never disallows a public page', () => {
    const publicPaths = ['/', '/inovasi', '/inovasi/x', '/statistik', '/ide', '/ide/1', '/lomba', '/data', '/data/inovasi.csv', '/pengumuman/x', '/sitemap.xml', '/robots.txt'];
    for (const path of publicPaths) {
      const blocked = robotsDisallowed.filter((rule) => path.startsWith(rule));
      expect(blocked, path).toEqual([]);
    }
  });
});
