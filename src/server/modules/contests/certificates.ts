import type { TimeZone } from '../../../domain/contracts/regions.js';
import { indonesianDate } from '../../../domain/letters/indonesian-date.js';
import type { Content, PdfDocument } from '../../lib/pdf.js';

/*
 * The contest certificate (issue 7) as a pdfmake definition, built from plain data: a winner's
 * ("Juara 1, Kategori SMA") or a participant's ("Peserta"), on landscape A4 with the region's
 * letterhead as the letters use it (logo, government, body) and the contest's signatory.
 * Personal data: only names are printed (the entrant, the group's members, the signatory); every
 * field is picked by name, never spread from a row.
 */

export type Translate = (key: string, params?: Record<string, unknown>) => string;

export interface CertificateInput {
  letterhead: { government: string; bodyName: string; logo: string | null };
  /** The name the entry goes by (entrantName): the group, the unit or the person. */
  recipient: string;
  /** A group's members, printed under its name. */
  members: readonly string[];
  title: string;
  /** The category's name; null when the contest has one category not worth naming. */
  category: string | null;
  contestName: string;
  /** The place for a winner; null for a participant. */
  rank: number | null;
  /** Where and when it is signed: the region's seat and the day the results were announced. */
  place: string;
  date: Date | string;
  zone: TimeZone;
  signatory: { name: string; title: string };
}

const safeLogo = (logo: string | null): string | null => (logo && /^data:image\/(png|jpe?g);base64,[A-Za-z0-9+/=\s]+$/i.test(logo) ? logo : null);
/** A4 landscape, 2 cm margins. */
const margin = 57;
const width = 841.89 - 2 * margin;

export function certificateDocument(input: CertificateInput, t: Translate): PdfDocument {
  const logo = safeLogo(input.letterhead.logo);
  const head: Content[] = [
    ...(logo ? [{ image: logo, fit: [56, 56], alignment: 'center', margin: [0, 0, 0, 6] } satisfies Content] : []),
    { text: input.letterhead.government.toUpperCase(), style: 'government' },
    { text: input.letterhead.bodyName.toUpperCase(), style: 'body' },
    {
      canvas: [
        { type: 'line', x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 2.2 },
        { type: 'line', x1: 0, y1: 7, x2: width, y2: 7, lineWidth: 0.7 },
      ],
      margin: [0, 0, 0, 18],
    },
  ];
  const members = input.members.filter((m) => m.trim().length > 0);
  const body: Content[] = [
    { text: t('judging.certificate.title'), style: 'title' },
    { text: t('judging.certificate.givenTo'), style: 'line' },
    { text: input.recipient, style: 'recipient' },
    ...(members.length ? [{ text: t('judging.certificate.members', { members: members.join(', ') }), style: 'small' } satisfies Content] : []),
    { text: input.rank !== null ? t('judging.certificate.winner', { rank: input.rank }) : t('judging.certificate.participant'), style: 'standing' },
    ...(input.category ? [{ text: t('judging.certificate.category', { category: input.category }), style: 'line' } satisfies Content] : []),
    { text: t('judging.certificate.entry', { title: input.title }), style: 'line' },
    { text: t('judging.certificate.contest', { contest: input.contestName }), style: 'line' },
  ];
  const signature: Content = {
    columns: [
      { text: '', width: '*' },
      {
        width: 260,
        stack: [
          { text: t('judging.certificate.placeDate', { place: input.place, date: indonesianDate(input.date, input.zone) }) },
          { text: `${input.signatory.title},` },
          { text: ' ', margin: [0, 0, 0, 44] },
          { text: input.signatory.name, bold: true, decoration: 'underline' },
        ],
        alignment: 'center',
      },
    ],
    margin: [0, 24, 0, 0],
    unbreakable: true,
  };
  return {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [margin, 40, margin, 40],
    info: { title: `${t('judging.certificate.title')} — ${input.contestName}`, subject: input.recipient },
    // A frame around the page, as certificates are printed.
    background: () => ({
      canvas: [
        { type: 'rect', x: 18, y: 18, w: 841.89 - 36, h: 595.28 - 36, lineWidth: 3 },
        { type: 'rect', x: 25, y: 25, w: 841.89 - 50, h: 595.28 - 50, lineWidth: 0.8 },
      ],
    }),
    content: [...head, ...body, signature],
    styles: {
      government: { fontSize: 13, bold: true, alignment: 'center' },
      body: { fontSize: 12, bold: true, alignment: 'center' },
      title: { fontSize: 30, bold: true, alignment: 'center', characterSpacing: 4, margin: [0, 0, 0, 10] },
      line: { fontSize: 13, alignment: 'center', margin: [0, 2, 0, 2] },
      small: { fontSize: 11, alignment: 'center', margin: [0, 0, 0, 4] },
      recipient: { fontSize: 22, bold: true, alignment: 'center', margin: [0, 6, 0, 6] },
      standing: { fontSize: 16, bold: true, alignment: 'center', margin: [0, 6, 0, 4] },
    },
  };
}
