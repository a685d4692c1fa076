import type ExcelJS from 'exceljs';
import { Readable } from 'node:stream';
import { fileTypeFromBuffer } from 'file-type';
import { AppError } from './errors.js';

export const MAX_IMPORT_ROWS = 5000;
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// exceljs takes half a second to load: only imports and exports pay for it, not every start-up.
async function newWorkbook(): Promise<ExcelJS.Workbook> {
  const { default: excel } = await import('exceljs');
  return new excel.Workbook();
}

const notSpreadsheet = () => new AppError('VALIDATION_FAILED', 'error.notSpreadsheet', {}, [{ path: 'file', key: 'error.notSpreadsheet' }]);

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if ('text' in value && typeof value.text === 'string') return value.text; // hyperlink
    if ('richText' in value) return value.richText.map((r) => r.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue); // formula
    return '';
  }
  return String(value).trim();
}

/** A CSV is text: valid UTF-8 without NUL bytes. Anything else with no known signature is refused. */
function looksLikeText(buf: Buffer): boolean {
  if (buf.includes(0)) return false;
  return !new TextDecoder('utf-8', { fatal: false }).decode(buf).includes('\uFFFD');
}

/**
 * Reads the first sheet of an .xlsx or a .csv, decided by the bytes. Returns the headings and the
 * data rows (1-based sheet row numbers kept, so error reports point at the right line).
 */
export async function readSheet(buf: Buffer): Promise<{ headings: string[]; rows: { row: number; cells: string[] }[] }> {
  const type = await fileTypeFromBuffer(buf);
  const workbook = await newWorkbook();
  try {
    if (type?.mime === XLSX) await workbook.xlsx.load(buf as unknown as ArrayBuffer);
    else if (!type && looksLikeText(buf)) {
      const text = buf.toString('utf8').replace(/^\uFEFF/, '');
      const delimiter = (text.split('\n')[0] ?? '').split(';').length > (text.split('\n')[0] ?? '').split(',').length ? ';' : ',';
      // Keep every cell as written: exceljs would turn "197804122003122004" (a NIP) into a float and
      // "0812…" (a phone number) into 812….
      await workbook.csv.read(Readable.from([text]), { map: (value: string) => value, parserOptions: { delimiter } });
    } else throw notSpreadsheet();
  } catch (err) {
    if (err instanceof AppError) throw err;
    throw notSpreadsheet();
  }
  const sheet = workbook.worksheets[0];
  if (!sheet || sheet.rowCount < 2) throw new AppError('VALIDATION_FAILED', 'error.spreadsheetEmpty', {}, [{ path: 'file', key: 'error.spreadsheetEmpty' }]);
  if (sheet.rowCount - 1 > MAX_IMPORT_ROWS) {
    throw new AppError('VALIDATION_FAILED', 'error.spreadsheetTooManyRows', { max: MAX_IMPORT_ROWS }, [{ path: 'file', key: 'error.spreadsheetTooManyRows', params: { max: MAX_IMPORT_ROWS } }]);
  }
  const width = sheet.columnCount;
  const read = (r: ExcelJS.Row) => Array.from({ length: width }, (_, i) => cellText(r.getCell(i + 1).value));
  const headings = read(sheet.getRow(1));
  const rows: { row: number; cells: string[] }[] = [];
  sheet.eachRow((r, n) => {
    if (n === 1) return;
    const cells = read(r);
    if (cells.some((c) => c !== '')) rows.push({ row: n, cells });
  });
  if (rows.length === 0) throw new AppError('VALIDATION_FAILED', 'error.spreadsheetEmpty', {}, [{ path: 'file', key: 'error.spreadsheetEmpty' }]);
  return { headings, rows };
}

export type SheetSpec = { name: string; headings: string[]; rows: string[][]; textColumns?: number[]; numberColumns?: number[] };

/** An .xlsx with one header row per sheet, for templates and exports. */
export async function writeWorkbook(sheets: readonly SheetSpec[]): Promise<Buffer> {
  const workbook = await newWorkbook();
  for (const spec of sheets) {
    // Excel allows 31 characters and no []:*?/\ in a sheet name.
    const sheet = workbook.addWorksheet(spec.name.replace(/[[\]:*?/\\]/g, ' ').slice(0, 31));
    sheet.addRow(spec.headings).font = { bold: true };
    const numeric = new Set(spec.numberColumns ?? []);
    for (const r of spec.rows) sheet.addRow(r.map((cell, i) => (numeric.has(i) && cell !== '' && Number.isFinite(Number(cell)) ? Number(cell) : cell)));
    sheet.columns.forEach((c) => (c.width = 24));
    // Text format, so Excel keeps an 18-digit NIP whole and a phone number's leading zero.
    for (const i of spec.textColumns ?? []) sheet.getColumn(i + 1).numFmt = '@';
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** An .xlsx with one sheet. */
export async function writeSheet(name: string, headings: string[], rows: string[][] = [], textColumns: number[] = []): Promise<Buffer> {
  return writeWorkbook([{ name, headings, rows, textColumns }]);
}
