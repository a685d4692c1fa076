/**
 * The open-data files (`/data/inovasi.csv`, `/data/inovasi.json`) column by column. This one list
 * drives the CSV header, the JSON keys and the documentation table on `/data` (whose "meaning"
 * texts are i18n keys `portal.openData.columns.<key>`), so the three can never drift apart.
 * Only public columns: never unit heads' NIP, phone or e-mail, never the initiator's name (often a
 * person), never account e-mails; the server masks the free text (`maskPersonalData`).
 */

export const openDataTypes = ['text', 'code', 'list', 'integer', 'decimal', 'date', 'datetime', 'url'] as const;
export type OpenDataType = (typeof openDataTypes)[number];

export type OpenDataColumn = { key: string; type: OpenDataType; example: string };

export const openDataColumns = [
  { key: 'slug', type: 'code', example: 'layanan-akta-keliling' },
  { key: 'url', type: 'url', example: 'https://inovasi.contoh.go.id/inovasi/layanan-akta-keliling' },
  { key: 'name', type: 'text', example: 'Layanan Akta Keliling' },
  { key: 'region', type: 'text', example: 'Kabupaten Contoh' },
  { key: 'regionCode', type: 'code', example: '33.01' },
  { key: 'unit', type: 'text', example: 'Dinas Kependudukan dan Pencatatan Sipil' },
  { key: 'year', type: 'integer', example: '2026' },
  { key: 'stage', type: 'code', example: 'penerapan' },
  { key: 'stageName', type: 'text', example: 'Penerapan' },
  { key: 'mainAffair', type: 'code', example: 'adminduk_capil' },
  { key: 'mainAffairName', type: 'text', example: 'Administrasi Kependudukan dan Pencatatan Sipil' },
  { key: 'otherAffairs', type: 'list', example: 'pmd;sosial' },
  { key: 'form', type: 'code', example: 'pelayanan_publik' },
  { key: 'formName', type: 'text', example: 'Inovasi pelayanan publik' },
  { key: 'kind', type: 'code', example: 'non_digital' },
  { key: 'kindName', type: 'text', example: 'Non digital' },
  { key: 'goal', type: 'text', example: 'Mendekatkan layanan akta kelahiran ke desa.' },
  { key: 'benefits', type: 'text', example: 'Warga tidak perlu datang ke kantor dinas.' },
  { key: 'results', type: 'text', example: 'Waktu pengurusan turun dari 7 hari menjadi 1 hari.' },
  { key: 'design', type: 'text', example: 'Latar Belakang. Warga desa menempuh 40 km …' },
  { key: 'videoUrl', type: 'url', example: 'https://www.youtube.com/watch?v=…' },
  { key: 'latitude', type: 'decimal', example: '-7.0051' },
  { key: 'longitude', type: 'decimal', example: '110.4381' },
  { key: 'trialStartedOn', type: 'date', example: '2024-02-01' },
  { key: 'implementedOn', type: 'date', example: '2024-08-17' },
  { key: 'publishedAt', type: 'datetime', example: '2026-11-20T03:15:00.000Z' },
  { key: 'updatedAt', type: 'datetime', example: '2026-11-21T08:00:00.000Z' },
] as const satisfies readonly OpenDataColumn[];

export type OpenDataKey = (typeof openDataColumns)[number]['key'];
export const openDataKeys: OpenDataKey[] = openDataColumns.map((c) => c.key);

/** One published innovation as the files carry it; lists stay arrays here (JSON) and are joined with `;` in CSV. */
export type OpenDataValue = string | number | string[] | null;
export type OpenDataRow = Record<OpenDataKey, OpenDataValue>;

/** The licence of the files: attribution to the region's body (e.g. "Bapperida Kabupaten Contoh"). */
export const openDataLicence = { name: 'Creative Commons Attribution 4.0 International (CC BY 4.0)', short: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' } as const;

/** The files' names under `/data/`. */
export const openDataFiles = { csv: 'inovasi.csv', json: 'inovasi.json' } as const;

/** UTF-8 byte order mark: Excel reads a CSV as UTF-8 only with it (else "Ã©" for "é"). */
export const utf8Bom = '\uFEFF';

/**
 * A text cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, and tab / carriage return
 * which some programs strip first) gets a leading apostrophe, which shows the text as written.
 * Numbers are written as numbers and never guarded: a longitude of -7.1 is not a formula.
 */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/** One CSV field (RFC 4180): quoted when it holds a comma, quote, CR or LF; quotes doubled. */
export function csvField(value: OpenDataValue): string {
  if (value === null) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = neutraliseFormula(Array.isArray(value) ? value.join(';') : value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV record with its CRLF line break (RFC 4180). */
export function csvRecord(values: readonly OpenDataValue[]): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

/** The header record: the column keys, in the documented order. */
export function csvHeader(): string {
  return csvRecord(openDataKeys);
}

/** A row's values in the documented column order. */
export function csvRow(row: OpenDataRow): string {
  return csvRecord(openDataKeys.map((key) => row[key]));
}

/** A row with exactly the documented keys in their order (JSON output). */
export function jsonRow(row: OpenDataRow): OpenDataRow {
  return Object.fromEntries(openDataKeys.map((key) => [key, row[key] ?? null])) as OpenDataRow;
}
