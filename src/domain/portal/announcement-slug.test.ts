import { describe, expect, it } from 'vitest';
import { announcementSlug, uniqueSlug } from './announcement-slug.js';

describe('announcementSlug', () => {
  it.each([
    ['Sosialisasi SIPANDU 2026!', 'sosialisasi-sipandu-2026'],
    ['  Lomba   Inovasi  Daerah  ', 'lomba-inovasi-daerah'],
    ['Café Désa Kreatif', 'cafe-desa-kreatif'],
    ['Rapat 12/11 — Bapperida', 'rapat-12-11-bapperida'],
    ['！？', 'pengumuman'],
    ['公告', 'pengumuman'],
    ['— · —', 'pengumuman'],
  ])('%j → %j', (title, slug) => {
    expect(announcementSlug(title)).toBe(slug);
  });

  it('keeps long titles to a readable address', () => {
    const slug = announcementSlug('Sosialisasi penyusunan rencana aksi inovasi daerah bagi perangkat daerah dan kecamatan tahun 2026');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toMatch(/^sosialisasi-penyusunan-[a-z0-9-]+[a-z0-9]$/);
  });
});

describe('uniqueSlug', () => {
  it.each([
    ['berita', [], 'berita'],
    ['berita', ['berita'], 'berita-2'],
    ['berita', ['berita', 'berita-2', 'berita-3'], 'berita-4'],
    ['berita', ['berita-2'], 'berita'],
    ['berita', ['berita', 'berita-3'], 'berita-2'],
  ])('%j among %j → %j', (base, taken, slug) => {
    expect(uniqueSlug(base, taken)).toBe(slug);
  });
});
