import { inflateSync } from 'node:zlib';
import pdfmake from 'pdfmake';
import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces.js';

/**
 * Server-side PDF rendering with pdfmake 0.3. This is the only module that touches pdfmake:
 * pdfmake's Node entry point is one shared instance whose fonts and access policies are global,
 * so they are set once here and nowhere else.
 *
 * Fonts: the standard 14 PDF fonts (Helvetica ≈ Arial, which the Indonesian tata naskah dinas
 * uses, and Times). PDFKit carries their metrics, viewers carry the glyphs, so no font file is
 * shipped or read. They cover Windows-1252 only, which is enough for Indonesian text.
 *
 * Access: a letter is built from data people typed (unit names, addresses, a logo). pdfmake
 * would fetch any http(s) URL and read any local path given as an image, font or attachment, so
 * every URL is refused and the only "local files" allowed are the standard font names, which
 * PDFKit resolves from its own bundled metrics. Images must be data URLs. SVG nodes are refused
 * too: the bundled SVG renderer opens `<image href>` through PDFKit directly, past the policy.
 */

export type PdfDocument = TDocumentDefinitions;
export type { Content, TableCell };

export const standardFonts = {
  Helvetica: { normal: 'Helvetica', bold: 'Helvetica-Bold', italics: 'Helvetica-Oblique', bolditalics: 'Helvetica-BoldOblique' },
  Times: { normal: 'Times-Roman', bold: 'Times-Bold', italics: 'Times-Italic', bolditalics: 'Times-BoldItalic' },
} as const;
export type PdfFont = keyof typeof standardFonts;

const allowedLocalNames = new Set<string>(Object.values(standardFonts).flatMap((f) => Object.values(f)));

pdfmake.setFonts(structuredClone(standardFonts) as unknown as Parameters<typeof pdfmake.setFonts>[0]);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => allowedLocalNames.has(path));

export class PdfContentRefused extends Error {}

/** Throws when the definition holds a node the access policy cannot police (see above). */
function refuseUnsafeNodes(node: unknown, seen = new Set<object>()): void {
  if (node === null || typeof node !== 'object' || seen.has(node)) return;
  seen.add(node);
  if (Array.isArray(node)) {
    for (const child of node) refuseUnsafeNodes(child, seen);
    return;
  }
  if ('svg' in node) throw new PdfContentRefused('SVG content is not rendered: it can read files past the access policy');
  for (const value of Object.values(node)) refuseUnsafeNodes(value, seen);
}

/**
 * Renders a document definition to PDF bytes. The default font is Helvetica (pdfmake's own
 * default, Roboto, would need a font file). `compress: false` keeps the text readable in the raw
 * bytes, which the tests use; production keeps pdfmake's default (compressed).
 * Rejects when the definition refers to a URL, a local file or an SVG.
 */
export async function renderPdf(doc: PdfDocument): Promise<Buffer> {
  refuseUnsafeNodes(doc);
  // pdfmake writes its layout state into every node; render a copy so a definition can be reused.
  const copy = copyDefinition(doc) as PdfDocument;
  copy.defaultStyle = { font: 'Helvetica', ...copy.defaultStyle };
  return pdfmake.createPdf(copy).getBuffer();
}

/** Copies plain objects and arrays; functions (dynamic headers, table layouts) and binary data are shared. */
function copyDefinition(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copyDefinition);
  if (value === null || typeof value !== 'object' || Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, copyDefinition(v)]));
}

// Node's TextDecoder treats "windows-1252" as ISO-8859-1, so the 0x80–0x9F block (dashes, curly
// quotes, €) is mapped here by hand.
const cp1252High = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';
const decodeCp1252 = (bytes: Buffer): string =>
  Array.from(bytes, (b) => (b >= 0x80 && b <= 0x9f ? cp1252High[b - 0x80]! : String.fromCharCode(b))).join('');

/** The PDF with every FlateDecode stream inflated, as latin1 text: compressed letters read like uncompressed ones. */
function inflateStreams(pdf: Buffer): string {
  const raw = pdf.toString('latin1');
  return raw.replace(/\/FlateDecode([\s\S]*?)stream\r?\n([\s\S]*?)endstream/g, (whole, between: string, data: string) => {
    try {
      return `${between}stream\n${inflateSync(Buffer.from(data, 'latin1')).toString('latin1')}endstream`;
    } catch {
      return whole;
    }
  });
}

/**
 * The visible text of a PDF (compressed streams are inflated first) (rendered with `compress: false`), in drawing order,
 * for tests and debugging. PDFKit writes standard-font text as hex strings in TJ arrays
 * (`[<48616c6f> 40 <...>] TJ`, numbers being kerning) in Windows-1252; each word of pdfmake's
 * layout is its own TJ, so words come out separated by their trailing spaces.
 */
export function pdfText(pdf: Buffer): string {
  const raw = inflateStreams(pdf);
  const parts: string[] = [];
  for (const op of raw.matchAll(/\[((?:\s*(?:<[0-9a-fA-F]*>|-?\d+(?:\.\d+)?))*)\s*\]\s*TJ|<([0-9a-fA-F]*)>\s*Tj/g)) {
    const hexes = op[1] !== undefined ? [...op[1].matchAll(/<([0-9a-fA-F]*)>/g)].map((m) => m[1]!) : [op[2]!];
    parts.push(decodeCp1252(Buffer.from(hexes.join(''), 'hex')));
  }
  return parts.join('');
}
