import { slugify } from './catalogue-slug.js';

/**
 * The public address of an announcement, `/pengumuman/<slug>`: the title slugged like an
 * innovation's name (one address style across the portal: lower-case ASCII words joined by
 * hyphens, cut at a word), or "pengumuman" when the title has no letter or digit to keep.
 */
export function announcementSlug(title: string): string {
  const ascii = title.normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  return /[a-z0-9]/i.test(ascii) ? slugify(title) : 'pengumuman';
}

/**
 * The first of `base`, `base-2`, `base-3`… that is not in `taken`: a second announcement with the
 * same title (the yearly "Sosialisasi Lomba Inovasi") still gets a readable address.
 */
export function uniqueSlug(base: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) {
    const candidate = `${base}-${n}`;
    if (!used.has(candidate)) return candidate;
  }
}
