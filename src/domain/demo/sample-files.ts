/**
 * Small, valid sample files for the demo's evidence (data dukung), built in memory without any
 * dependency: a one-page PDF 1.4 and a tiny PNG. Pure functions, usable from the domain layer.
 */

const ascii = (text: string): Uint8Array => Uint8Array.from(text, (ch) => ch.charCodeAt(0) & 0xff);

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const part of parts) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// PDF

/** Reduces text to printable ASCII (the standard Helvetica font with WinAnsi covers it safely). */
function toPdfAscii(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2010-\u2015]/g, '-')
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[^\x20-\x7e]/g, '?');
}

/** Escapes a PDF literal string: backslash and parentheses. */
const pdfString = (text: string): string => `(${text.replace(/[\\()]/g, (ch) => `\\${ch}`)})`;

/** Breaks text into lines of at most `width` characters, at spaces where possible. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    for (let rest = word; rest.length > 0; ) {
      const piece = rest.slice(0, width);
      rest = rest.slice(width);
      if (line === '') line = piece;
      else if (line.length + 1 + piece.length <= width) line = `${line} ${piece}`;
      else {
        lines.push(line);
        line = piece;
      }
    }
  }
  if (line !== '') lines.push(line);
  return lines.length > 0 ? lines : [''];
}

/**
 * A minimal one-page A4 PDF 1.4 showing `title` (wrapped, at most 12 lines) and a demo note, with
 * the title also in the document information dictionary. Cross-reference offsets are exact.
 */
export function samplePdf(title: string): Uint8Array {
  const clean = toPdfAscii(title).trim() || 'Dokumen contoh';
  const lines = wrap(clean, 60).slice(0, 12);
  const content = [
    'BT',
    '/F1 16 Tf',
    '20 TL',
    '72 770 Td',
    ...lines.map((line) => `${pdfString(line)} Tj T*`),
    '/F1 10 Tf',
    'T*',
    `${pdfString('Dokumen contoh data dukung inovasi daerah (demo) - Kabupaten Contoh')} Tj`,
    'ET',
  ].join('\n');

  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Title ${pdfString(clean)} /Producer (Lumbung demo) >>`,
  ];

  // The second line marks the file as binary, as the specification recommends.
  const header = concat([ascii('%PDF-1.4\n%'), Uint8Array.of(0xe2, 0xe3, 0xcf, 0xd3), ascii('\n')]);
  const parts: Uint8Array[] = [header];
  const offsets: number[] = [];
  let length = header.length;
  for (const [i, body] of objects.entries()) {
    offsets.push(length);
    const bytes = ascii(`${i + 1} 0 obj\n${body}\nendobj\n`);
    parts.push(bytes);
    length += bytes.length;
  }
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f \n' + offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('') + 'trailer',
    `<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>`,
    'startxref',
    String(length),
    '%%EOF\n',
  ].join('\n');
  parts.push(ascii(xref));
  return concat(parts);
}

// ---------------------------------------------------------------------------------------------
// PNG

const crcTable: Uint32Array = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

/** CRC-32 (ISO 3309), as PNG chunks need. */
export function crc32(bytes: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of bytes) c = crcTable[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** Adler-32, the zlib stream checksum. */
export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

const u32 = (n: number): Uint8Array => Uint8Array.of((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);

/** A zlib stream of stored (uncompressed) deflate blocks, each at most 65,535 bytes. */
export function zlibStored(data: Uint8Array): Uint8Array {
  const parts: Uint8Array[] = [Uint8Array.of(0x78, 0x01)];
  let at = 0;
  do {
    const size = Math.min(0xffff, data.length - at);
    const final = at + size >= data.length ? 1 : 0;
    parts.push(Uint8Array.of(final, size & 0xff, size >>> 8, ~size & 0xff, (~size >>> 8) & 0xff), data.subarray(at, at + size));
    at += size;
  } while (at < data.length);
  parts.push(u32(adler32(data)));
  return concat(parts);
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concat([ascii(type), data]);
  return concat([u32(data.length), typed, u32(crc32(typed))]);
}

/** An RGB colour from a seed: hue spread by the golden angle, fixed saturation and lightness. */
function seedColour(seed: number): [number, number, number] {
  const hue = (((Math.trunc(seed) * 137.508) % 360) + 360) % 360;
  const s = 0.55;
  const l = 0.5;
  const c = (1 - Math.abs(2 * l - 1)) * s;
  const x = c * (1 - Math.abs(((hue / 60) % 2) - 1));
  const m = l - c / 2;
  const [r, g, b] = hue < 60 ? [c, x, 0] : hue < 120 ? [x, c, 0] : hue < 180 ? [0, c, x] : hue < 240 ? [0, x, c] : hue < 300 ? [x, 0, c] : [c, 0, x];
  return [Math.round((r + m) * 255), Math.round((g + m) * 255), Math.round((b + m) * 255)];
}

/**
 * A small valid PNG: 16×16 pixels, 8-bit RGB, a colour derived from `seed` with a lighter
 * diagonal band, and a tEXt comment naming the seed so different seeds give different files.
 */
export function samplePng(seed: number): Uint8Array {
  const size = 16;
  const [r, g, b] = seedColour(seed);
  const light = (v: number) => Math.round(v + (255 - v) * 0.6);
  const raw = new Uint8Array(size * (1 + size * 3));
  for (let y = 0; y < size; y++) {
    const row = y * (1 + size * 3);
    raw[row] = 0; // filter type: none
    for (let x = 0; x < size; x++) {
      const band = Math.abs(x - y) <= 1;
      raw.set(band ? [light(r), light(g), light(b)] : [r, g, b], row + 1 + x * 3);
    }
  }
  const header = concat([u32(size), u32(size), Uint8Array.of(8, 2, 0, 0, 0)]);
  return concat([
    Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a),
    chunk('IHDR', header),
    chunk('tEXt', ascii(`Comment\0Lumbung demo evidence ${seed}`)),
    chunk('IDAT', zlibStored(raw)),
    chunk('IEND', new Uint8Array(0)),
  ]);
}
