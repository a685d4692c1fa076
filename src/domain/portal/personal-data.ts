/**
 * Personal data that must never reach a public page or an open-data file (domain reference §1:
 * NIP, NIK; and e-mail addresses and phone numbers). Free text written by operators and citizens
 * (design, benefits, ideas, comments) may contain them, so public output is masked, and the tests
 * scan every public page with the same patterns.
 */
const patterns = {
  // NIP: 18 digits, often written 8-6-1-3 with spaces; NIK: 16 digits.
  nip: /(?<!\d)\d{8}[ .]?\d{6}[ .]?\d[ .]?\d{3}(?!\d)/g,
  nik: /(?<!\d)\d{16}(?!\d)/g,
  email: /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g,
  // Indonesian mobile and fixed numbers: +62 / 62 / 0 followed by 8–12 digits, spaces or dashes allowed.
  // Not inside a longer token: a UUID such as 09217451-2045-4… is no phone number.
  phone: /(?<![\w-])(?:\+62|62|0)[ -]?(?:\d[ -]?){8,12}\d(?![\w-])/g,
} as const;

export type PersonalDataKind = keyof typeof patterns;

export const masked = '•••';

/** Every piece of personal data found in `text`, with its kind. */
export function findPersonalData(text: string): { kind: PersonalDataKind; value: string }[] {
  const found: { kind: PersonalDataKind; value: string }[] = [];
  for (const [kind, re] of Object.entries(patterns) as [PersonalDataKind, RegExp][]) {
    for (const m of text.matchAll(re)) found.push({ kind, value: m[0] });
  }
  return found;
}

/** `text` with every NIP, NIK, e-mail address and phone number replaced by a mask. */
export function maskPersonalData(text: string): string {
  let out = text;
  for (const re of Object.values(patterns)) out = out.replace(re, masked);
  return out;
}
