/** A file size for people: "850 KB", "12,4 MB" (decimal comma in Indonesian). */
export function formatSize(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const units = ['B', 'KB', 'MB', 'GB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return `${new Intl.NumberFormat(locale, { maximumFractionDigits: unit === 0 ? 0 : 1 }).format(value)} ${units[unit]}`;
}

/** Maturity scores are weight × option sums and may carry decimals. */
export function formatScore(value: number, language: string): string {
  return new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 2 }).format(value);
}
