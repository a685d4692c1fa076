import { describe, expect, it } from 'vitest';
import { rssFeed, xmlEscape } from './rss.js';

describe('xmlEscape', () => {
  it.each([
    ['Sosialisasi & Lomba', 'Sosialisasi &amp; Lomba'],
    ['<script>alert(1)</script>', '&lt;script&gt;alert(1)&lt;/script&gt;'],
    [`"Jemput Bola" 'Cepat'`, '&quot;Jemput Bola&quot; &apos;Cepat&apos;'],
    ['a\u0000b\u0007c\u000Bd\u001Fe', 'abcde'],
    ['baris\nbaru\tdan tab', 'baris\nbaru\tdan tab'],
    ['&amp; sudah', '&amp;amp; sudah'],
    ['Kabupaten Contoh — 2026 ✓', 'Kabupaten Contoh — 2026 ✓'],
  ])('%j → %j', (text, escaped) => {
    expect(xmlEscape(text)).toBe(escaped);
  });
});

describe('rssFeed', () => {
  const channel = { title: 'Pengumuman A & B', link: 'https://portal.test/pengumuman', description: 'Berita', language: 'id', selfLink: 'https://portal.test/pengumuman/rss.xml' };
  const items = [
    { title: 'Satu <penting>', link: 'https://portal.test/pengumuman/satu', description: 'Isi & isi', publishedAt: new Date('2026-11-20T03:00:00Z'), category: 'Berita' },
    { title: 'Dua', link: 'https://portal.test/pengumuman/dua?x=1&y=2', description: 'Isi dua', publishedAt: new Date('2026-11-22T03:00:00Z') },
  ];

  it('writes one item per announcement, escaped, with RFC 822 dates', () => {
    const xml = rssFeed(channel, items);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"')).toBe(true);
    expect(xml.match(/<item>/g)).toHaveLength(2);
    expect(xml).toContain('<title>Pengumuman A &amp; B</title>');
    expect(xml).toContain('<title>Satu &lt;penting&gt;</title>');
    expect(xml).toContain('<link>https://portal.test/pengumuman/dua?x=1&amp;y=2</link>');
    expect(xml).toContain('<pubDate>Fri, 20 Nov 2026 03:00:00 GMT</pubDate>');
    expect(xml).toContain('<lastBuildDate>Sun, 22 Nov 2026 03:00:00 GMT</lastBuildDate>');
    expect(xml).toContain('<category>Berita</category>');
    // No bare ampersand anywhere: every & starts an entity.
    expect(xml.match(/&(?!(?:amp|lt|gt|quot|apos);)/g)).toBeNull();
  });

  it('is a valid empty channel without items', () => {
    const xml = rssFeed(channel, []);
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('lastBuildDate');
    expect(xml).toContain('</channel>\n</rss>');
  });
});
