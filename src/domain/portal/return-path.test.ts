import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path.js';

describe('safeReturnPath', () => {
  it.each([
    ['/', '/'],
    ['/inovasi?q=layanan&halaman=2', '/inovasi?q=layanan&halaman=2'],
    ['/pengumuman/sosialisasi-2026', '/pengumuman/sosialisasi-2026'],
    ['/ide#komentar', '/ide#komentar'],
    ['//evil.example/x', '/'],
    ['/\\evil.example', '/'],
    ['https://evil.example', '/'],
    ['javascript:alert(1)', '/'],
    ['inovasi', '/'],
    ['/a\nSet-Cookie: x=1', '/'],
    ['/a\tb', '/'],
    ['', '/'],
    [undefined, '/'],
    [['/a', '/b'], '/'],
    [`/${'a'.repeat(2000)}`, '/'],
  ])('%j → %j', (raw, path) => {
    expect(safeReturnPath(raw)).toBe(path);
  });

  it('uses the caller’s fallback', () => {
    expect(safeReturnPath('//x', '/dasbor')).toBe('/dasbor');
  });
});
