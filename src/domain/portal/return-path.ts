/**
 * Where to send a visitor back to (`?kembali=` of the language switch and the sign-in page): a
 * path on this site only. Anything that a browser could read as another site (`//host`,
 * `/\host`, `https:`), control characters, or an overlong value gives the home page instead, so
 * the parameter cannot be used to bounce people to a phishing page.
 */
export function safeReturnPath(raw: unknown, fallback = '/'): string {
  if (typeof raw !== 'string' || raw.length === 0 || raw.length > 2000) return fallback;
  if (!raw.startsWith('/') || raw.startsWith('//')) return fallback;
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001F\u007F\\]/.test(raw)) return fallback;
  return raw;
}
