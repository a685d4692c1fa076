import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PdfContentRefused, pdfText, renderPdf, type PdfDocument } from './pdf.js';

// A 1×1 transparent PNG.
const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const thisFile = fileURLToPath(import.meta.url);

describe('PDF rendering', () => {
  it('renders with the standard fonts, no font files needed', async () => {
    const pdf = await renderPdf({
      compress: false,
      content: [
        'Helvetica by default',
        { text: 'Times tebal', font: 'Times', bold: true },
        { text: 'Helvetica miring', italics: true },
      ],
    });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Helvetica by default');
    expect(text).toContain('Times tebal');
    for (const font of ['Helvetica', 'Times-Bold', 'Helvetica-Oblique']) expect(pdf.toString('latin1')).toContain(`/BaseFont /${font}`);
    // No font program is embedded, only the standard fonts' names.
    expect(pdf.toString('latin1')).not.toContain('/FontFile');
  });

  it('decodes Windows-1252 text and kerning splits', async () => {
    const text = pdfText(await renderPdf({ compress: false, content: ['Kuota – Tahun 2026: “Kabupaten” Ketua'] }));
    expect(text).toContain('Kuota – Tahun 2026: “Kabupaten” Ketua');
  });

  it('compresses by default, and still reads the text back through the inflated streams', async () => {
    const pdf = await renderPdf({ content: ['Rahasia dapur'] });
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.toString('latin1')).toContain('/FlateDecode');
    expect(pdf.toString('latin1')).not.toContain(Buffer.from('Rahasia', 'latin1').toString('hex'));
    expect(pdfText(pdf)).toContain('Rahasia dapur');
  });

  it('embeds a data-URL image', async () => {
    const pdf = await renderPdf({ compress: false, content: [{ image: png, width: 20 }, { image: 'logo', width: 20 }], images: { logo: png } });
    expect(pdf.toString('latin1')).toContain('/Subtype /Image');
  });

  it.each<[string, PdfDocument, RegExp]>([
    ['a remote image', { content: [{ image: 'logo' }], images: { logo: 'https://example.com/logo.png' } }, /Access to URL denied/],
    ['a remote image with headers', { content: [{ image: 'logo' }], images: { logo: { url: 'http://127.0.0.1:1/x.png', headers: {} } } }, /Access to URL denied/],
    ['a local file as image', { content: [{ image: thisFile }] }, /Access to local file denied/],
    ['a local file through the images map', { content: [{ image: 'x' }], images: { x: '/etc/hostname' } }, /Access to local file denied/],
    ['a local file as attachment', { content: [{ attachment: 'a' }], attachments: { a: { src: thisFile } } }, /Access to local file denied/],
  ])('refuses %s', async (_label, doc, error) => {
    await expect(renderPdf(doc)).rejects.toThrow(error);
  });

  it('refuses SVG, whose images bypass the access policy', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg"><image href="${thisFile}"/></svg>`;
    await expect(renderPdf({ content: [{ stack: [{ svg }] }] })).rejects.toThrow(PdfContentRefused);
  });

  it('leaves the caller’s definition as it was', async () => {
    const doc: PdfDocument = { compress: false, content: [{ image: 'logo', width: 10 }], images: { logo: png }, header: 'Kop' };
    const before = JSON.stringify(doc);
    await renderPdf(doc);
    expect(JSON.stringify(doc)).toBe(before);
    expect(doc.defaultStyle).toBeUndefined();
  });
});
