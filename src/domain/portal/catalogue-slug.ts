/**
 * A published innovation's public address `/inovasi/<slug>`. The slug is made once, at the first
 * publication, from the name, and kept afterwards (renaming or unpublishing does not break links
 * people shared).
 */
export const slugMaxLength = 60;
export const slugPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Lower-case ASCII words joined by hyphens, at most ~60 characters, cut at a word boundary. */
export function slugify(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' dan ')
    .replace(/['’`]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  if (words.length <= slugMaxLength) return words || 'inovasi';
  const cut = words.slice(0, slugMaxLength + 1);
  const lastHyphen = cut.lastIndexOf('-');
  const out = (lastHyphen >= 20 ? cut.slice(0, lastHyphen) : cut.slice(0, slugMaxLength)).replace(/-+$/g, '');
  return out || 'inovasi';
}

/**
 * The slugs to try in order: the name's slug, then with a short suffix from the innovation's id,
 * then with the whole id (unique by construction), so two innovations with the same name both get
 * an address.
 */
export function slugCandidates(name: string, id: string): string[] {
  const base = slugify(name);
  const hex = id.toLowerCase().replace(/[^0-9a-f]/g, '');
  return [base, `${base}-${hex.slice(0, 5)}`, `${base}-${hex}`];
}
