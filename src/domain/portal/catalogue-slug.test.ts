import { describe, expect, it } from 'vitest';
import { slugCandidates, slugify, slugMaxLength, slugPattern } from './catalogue-slug.js';

describe('slugify', () => {
  it.each([
    ['Antrean Daring Puskesmas', 'antrean-daring-puskesmas'],
    ['  SI-PINTAR: Sistem Informasi Pintar!  ', 'si-pintar-sistem-informasi-pintar'],
    ['Kafé Literasi & Perpustakaan Keliling', 'kafe-literasi-dan-perpustakaan-keliling'],
    ["Jum'at Bersih", 'jumat-bersih'],
    ['E-KTP 2026 (Tahap II)', 'e-ktp-2026-tahap-ii'],
    ['!!!', 'inovasi'],
    ['', 'inovasi'],
    ['人民服务', 'inovasi'],
  ])('%j → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
    expect(slug).toMatch(slugPattern);
  });

  it('cuts a long name at a word boundary within the limit', () => {
    const slug = slugify('Gerakan Bersama Masyarakat Peduli Kesehatan Ibu dan Anak di Seluruh Kecamatan Kabupaten');
    expect(slug.length).toBeLessThanOrEqual(slugMaxLength);
    expect(slug).toBe('gerakan-bersama-masyarakat-peduli-kesehatan-ibu-dan-anak-di');
    expect(slug).toMatch(slugPattern);
  });

  it('cuts a single very long word hard', () => {
    const slug = slugify('a'.repeat(100));
    expect(slug).toBe('a'.repeat(slugMaxLength));
  });
});

describe('slugCandidates', () => {
  it('tries the name, then a short suffix from the id, then the whole id', () => {
    expect(slugCandidates('Sekolah Ramah Anak', '0f3a9c2e-1b2c-4d5e-8f90-123456789abc')).toEqual([
      'sekolah-ramah-anak',
      'sekolah-ramah-anak-0f3a9',
      'sekolah-ramah-anak-0f3a9c2e1b2c4d5e8f90123456789abc',
    ]);
  });
  it('gives every candidate a valid slug', () => {
    for (const c of slugCandidates('???', 'ABCDEF12-0000-4000-8000-000000000000')) expect(c).toMatch(slugPattern);
  });
});
