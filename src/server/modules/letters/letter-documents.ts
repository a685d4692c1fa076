import type { TimeZone } from '../../../domain/contracts/regions.js';
import type { Stage } from '../../../domain/iid/engine.js';
import { indonesianDate, indonesianDateTime, terbilang } from '../../../domain/letters/indonesian-date.js';
import { stageNames } from '../../../domain/master-data.js';
import type { Content, PdfDocument, TableCell } from '../../lib/pdf.js';

/**
 * Official documents as pdfmake definitions, built from plain data (no database): the notice and
 * the reprimand to a unit below its quota (domain reference §1 "surat teguran", §9 Muara Enim
 * "reprimands those that do not"), and a draft of the regional head's designation decree (§2: "regions
 * commonly designate innovations and their executors by an SK Kepala Daerah before the trial").
 * Layout follows the usual Indonesian tata naskah dinas: letterhead with a double rule, place and
 * date top right, Nomor/Sifat/Lampiran/Perihal, addressee, body, signature block, copies.
 *
 * Personal data: every field is picked by name, never spread from a record, so a unit or person
 * row passed in with a phone number or NIK cannot leak into a letter. The signatory's NIP is
 * printed because an official letter requires it; public pages never show it.
 */

export interface Letterhead {
  /** "PEMERINTAH KABUPATEN LAMPUNG SELATAN". */
  government: string;
  /** "BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH". */
  bodyName: string;
  address?: string | null;
  /** A PNG or JPEG data URL. Other formats (WebP, SVG) are left out: PDF cannot show WebP and SVG is refused by the renderer. */
  logo?: string | null;
}

export interface Signatory {
  /** "a.n. Bupati Lampung Selatan" when signing on someone's behalf. */
  onBehalfOf?: string | null;
  /** "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah". */
  title: string;
  name: string;
  /** Pangkat and golongan, "Pembina Utama Muda (IV/c)". */
  rank?: string | null;
  nip?: string | null;
}

export type PageSize = 'A4' | 'FOLIO';

export interface LetterBase {
  letterhead: Letterhead;
  zone: TimeZone;
  /** Where the letter is signed, usually the seat of government: "Kalianda". */
  place: string;
  /** The letter's date, YYYY-MM-DD in the region's zone. */
  date: string;
  number: string;
  /** Sifat: "Penting", "Segera". The line is left out when absent. */
  nature?: string | null;
  /** Lampiran: "-" when absent. */
  attachment?: string | null;
  signatory: Signatory;
  /** Tembusan. */
  copies?: readonly string[];
  pageSize?: PageSize;
}

export interface QuotaLetterInput extends LetterBase {
  unit: {
    name: string;
    /** Who the letter is addressed to; "Kepala <unit name>" when absent (a kecamatan may want "Camat …"). */
    addressee?: string | null;
  };
  /** The unit's numbers as the monitoring computed them (see domain/monitoring/obligations.ts). */
  standing: { registered: number; submitted: number; quota: number; shortfall: number };
  periodYear: number;
  /** The instant (ISO with offset) by which the shortfall must be submitted. */
  deadline: string;
  /** Perihal; a standard subject when absent. */
  subject?: string | null;
}

export interface ReprimandLetterInput extends QuotaLetterInput {
  /** The notice this reprimand follows, quoted in its opening sentence. */
  previousNotice?: { number: string; date: string } | null;
}

export interface DecreeInnovation {
  name: string;
  /** The implementing unit (perangkat daerah pelaksana). */
  unitName: string;
  stage: Stage;
  /** The region's own name for the stage when it renamed it in master data. */
  stageName?: string | null;
  /** Executors (pelaksana): names or positions. */
  executors: readonly string[];
}

export interface DecreeDraftInput {
  /** The head's office as the decree names it: "Bupati Lampung Selatan", "Wali Kota Bengkulu". */
  headOffice: string;
  /** "Kabupaten Lampung Selatan". */
  regionName: string;
  /** "Provinsi Lampung", printed under the head's office for a kabupaten or kota. */
  province?: string | null;
  /** The coordinating body, through which implementers report: "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah". */
  bodyName: string;
  year: number;
  /** Filled in by the legal division when the decree is enacted; dotted blanks until then. */
  number?: string | null;
  place: string;
  zone: TimeZone;
  /** YYYY-MM-DD once known; dotted blank in a draft. */
  date?: string | null;
  headName?: string | null;
  logo?: string | null;
  /** Menimbang; a standard text when absent. */
  considering?: readonly string[];
  /** Mengingat; UU 23/2014 and PP 38/2017 when absent. */
  observing?: readonly string[];
  innovations: readonly DecreeInnovation[];
  pageSize?: PageSize;
}

const blank = '……………';
const cm = (n: number) => Math.round(n * 28.35);
/** Tata naskah dinas margins: 3 cm left for binding, 2 cm elsewhere. */
const pageMargins: [number, number, number, number] = [cm(3), cm(2), cm(2), cm(2)];
/** Usable width on A4 and on F4/Folio (both 8.5 in wide ≈ 595/612 pt). */
const contentWidth = (size: PageSize) => (size === 'A4' ? 595.28 : 612) - pageMargins[0] - pageMargins[2];

const safeLogo = (logo: string | null | undefined): string | null => (logo && /^data:image\/(png|jpe?g);base64,[A-Za-z0-9+/=\s]+$/i.test(logo) ? logo : null);
const count = (n: number) => `${n} (${terbilang(n)})`;
const nonEmpty = (s: string | null | undefined): s is string => typeof s === 'string' && s.trim().length > 0;

/**
 * Justified prose. pdfmake may break a line after "-" or "/" and then spreads justification
 * space into the break ("Undang- Undang", "dan/ atau"); such words are kept whole instead.
 */
function prose(text: string): Content {
  const parts = text.split(/(\S*[-/]\S*\s*)/).filter((p) => p.length > 0);
  // The following space stays with the word, so a line never starts with it.
  return parts.map((p) => (/^\S*[-/]\S*\s*$/.test(p) ? { text: p, noWrap: true } : p)) as Content;
}

const styles: PdfDocument['styles'] = {
  government: { fontSize: 14, bold: true, alignment: 'center' },
  body: { fontSize: 13, bold: true, alignment: 'center' },
  address: { fontSize: 9, alignment: 'center' },
  paragraph: { alignment: 'justify', lineHeight: 1.15, margin: [0, 0, 0, 8] },
  title: { bold: true, alignment: 'center' },
  tableHeader: { bold: true, alignment: 'center', fontSize: 10 },
  tableCell: { fontSize: 10 },
};

function letterheadBlock(letterhead: Letterhead, width: number): Content[] {
  const logo = safeLogo(letterhead.logo);
  const text: Content[] = [
    { text: letterhead.government.toUpperCase(), style: 'government' },
    { text: letterhead.bodyName.toUpperCase(), style: 'body' },
    ...(nonEmpty(letterhead.address) ? [{ text: letterhead.address, style: 'address' } satisfies Content] : []),
  ];
  return [
    logo
      ? { columns: [{ image: logo, fit: [60, 60], width: 60 }, { stack: text, width: '*', margin: [0, 4, 60, 0] }], columnGap: 8 }
      : { stack: text },
    // The double rule (thick over thin) that closes an Indonesian letterhead.
    {
      canvas: [
        { type: 'line', x1: 0, y1: 4, x2: width, y2: 4, lineWidth: 2.2 },
        { type: 'line', x1: 0, y1: 7, x2: width, y2: 7, lineWidth: 0.7 },
      ],
      margin: [0, 0, 0, 12],
    },
  ];
}

function signatureBlock(signatory: Signatory, placeAndDate?: Content[]): Content {
  const lines: Content[] = [
    ...(placeAndDate ?? []),
    ...(nonEmpty(signatory.onBehalfOf) ? [{ text: signatory.onBehalfOf } satisfies Content] : []),
    { text: `${signatory.title},` },
    // Room for the signature and the stamp.
    { text: ' ', margin: [0, 0, 0, 48] },
    { text: signatory.name, bold: true, decoration: 'underline' },
    ...(nonEmpty(signatory.rank) ? [{ text: signatory.rank } satisfies Content] : []),
    ...(nonEmpty(signatory.nip) ? [{ text: `NIP. ${signatory.nip}` } satisfies Content] : []),
  ];
  return { columns: [{ text: '', width: '*' }, { stack: lines, width: '50%' }], margin: [0, 16, 0, 0], unbreakable: true };
}

function copiesBlock(copies: readonly string[] | undefined): Content[] {
  if (!copies?.length) return [];
  return [
    { text: 'Tembusan:', margin: [0, 24, 0, 2], fontSize: 10 },
    { ol: copies.map((c) => ({ text: c, fontSize: 10 })), fontSize: 10 },
  ];
}

/** Label, colon and value in aligned columns, as the "Nomor : …" block and figure lists are set. */
function labelled(rows: ReadonlyArray<[string, string | Content]>, labelWidth = 70, margin: [number, number, number, number] = [0, 0, 0, 0]): Content {
  return {
    table: { widths: [labelWidth, 8, '*'], body: rows.map(([label, value]) => [label, ':', value]) },
    layout: 'noBorders',
    margin,
  };
}

function quotaFigures(standing: QuotaLetterInput['standing']): Content {
  return labelled(
    [
      ['Inovasi terdaftar', `${standing.registered} inovasi`],
      ['Inovasi telah diajukan', `${standing.submitted} inovasi`],
      ['Kewajiban (kuota)', `${standing.quota} inovasi`],
      ['Kekurangan', { text: `${standing.shortfall} inovasi`, bold: true }],
    ],
    150,
    [cm(1), 0, 0, 8],
  );
}

function letter(input: LetterBase, addressee: string, subject: string, body: Content[]): PdfDocument {
  const size = input.pageSize ?? 'A4';
  return {
    pageSize: size,
    pageMargins,
    info: { title: `${subject} — ${input.number}`, author: input.letterhead.bodyName, subject },
    defaultStyle: { font: 'Helvetica', fontSize: 12 },
    styles,
    content: [
      ...letterheadBlock(input.letterhead, contentWidth(size)),
      { text: `${input.place}, ${indonesianDate(input.date, input.zone)}`, alignment: 'right', margin: [0, 0, 0, 8] },
      labelled([
        ['Nomor', input.number],
        ...(nonEmpty(input.nature) ? [['Sifat', input.nature] as [string, string]] : []),
        ['Lampiran', nonEmpty(input.attachment) ? input.attachment : '-'],
        ['Perihal', { text: subject, bold: true }],
      ]),
      {
        stack: ['Kepada', `Yth. ${addressee}`, 'di', { text: 'Tempat', margin: [cm(1), 0, 0, 0] }],
        margin: [0, 12, 0, 16],
      },
      ...body,
      signatureBlock(input.signatory),
      ...copiesBlock(input.copies),
    ],
  };
}

const addresseeOf = (input: { unit: QuotaLetterInput['unit'] }) => (nonEmpty(input.unit.addressee) ? input.unit.addressee : `Kepala ${input.unit.name}`);

/** Surat Pemberitahuan: tells a unit below its quota where it stands and by when to catch up. */
export function noticeLetter(input: QuotaLetterInput): PdfDocument {
  const { standing, unit, periodYear, zone } = input;
  const subject = nonEmpty(input.subject) ? input.subject : `Pemberitahuan Pemenuhan Kewajiban Inovasi Daerah Tahun ${periodYear}`;
  return letter(input, addresseeOf(input), subject, [
    {
      text: prose(`Dalam rangka pengukuran Indeks Inovasi Daerah Tahun ${periodYear}, setiap perangkat daerah wajib mengajukan paling sedikit ${count(standing.quota)} inovasi daerah melalui sistem informasi inovasi daerah. Berdasarkan data per tanggal ${indonesianDate(input.date, zone)}, capaian ${unit.name} adalah sebagai berikut:`),
      style: 'paragraph',
    },
    quotaFigures(standing),
    {
      text: prose(`Sehubungan dengan hal tersebut, kami mohon Saudara segera melengkapi dan mengajukan kekurangan sebanyak ${count(standing.shortfall)} inovasi daerah paling lambat tanggal ${indonesianDateTime(input.deadline, zone)}.`),
      style: 'paragraph',
    },
    { text: 'Demikian disampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.', style: 'paragraph' },
  ]);
}

/** Surat Teguran: the follow-up to a notice when the unit is still below its quota. */
export function reprimandLetter(input: ReprimandLetterInput): PdfDocument {
  const { standing, unit, periodYear, zone } = input;
  const subject = nonEmpty(input.subject) ? input.subject : `Teguran Pemenuhan Kewajiban Inovasi Daerah Tahun ${periodYear}`;
  const opening = input.previousNotice
    ? `Menindaklanjuti surat kami Nomor ${input.previousNotice.number} tanggal ${indonesianDate(input.previousNotice.date, zone)} perihal Pemberitahuan Pemenuhan Kewajiban Inovasi Daerah Tahun ${periodYear}`
    : `Dalam rangka pengukuran Indeks Inovasi Daerah Tahun ${periodYear}`;
  return letter(input, addresseeOf(input), subject, [
    {
      text: prose(`${opening}, hingga tanggal ${indonesianDate(input.date, zone)} ${unit.name} belum memenuhi kewajiban mengajukan paling sedikit ${count(standing.quota)} inovasi daerah, dengan capaian sebagai berikut:`),
      style: 'paragraph',
    },
    quotaFigures(standing),
    {
      text: prose(`Sehubungan dengan hal tersebut, dengan ini Saudara diberikan teguran agar segera mengajukan kekurangan sebanyak ${count(standing.shortfall)} inovasi daerah paling lambat tanggal ${indonesianDateTime(input.deadline, zone)}. Apabila sampai dengan batas waktu tersebut kewajiban belum dipenuhi, hal ini akan dilaporkan kepada Kepala Daerah sebagai bahan evaluasi kinerja perangkat daerah.`),
      style: 'paragraph',
    },
    { text: 'Demikian disampaikan untuk menjadi perhatian dan dilaksanakan.', style: 'paragraph' },
  ]);
}

export interface ActionPlanLetterInput extends LetterBase {
  unit: QuotaLetterInput['unit'];
  /** The lab cohort (LAN's Laboratorium Inovasi) whose action plan the unit owes. */
  cohort: { name: string };
  /** The instant (ISO) by which the plan was due. */
  deadline: string;
  /** `late`: handed in after the deadline; `missing`: not handed in at all. */
  status: 'late' | 'missing';
  /** Perihal; a standard subject when absent. */
  subject?: string | null;
}

const planStanding = (input: ActionPlanLetterInput) =>
  input.status === 'late'
    ? `${input.unit.name} baru menyerahkan Rencana Aksi Inovasi setelah batas waktu tersebut`
    : `hingga tanggal ${indonesianDate(input.date, input.zone)} ${input.unit.name} belum menyerahkan Rencana Aksi Inovasi`;

/**
 * Surat Pemberitahuan to a unit of a lab cohort without an action plan by the cohort's deadline
 * (domain reference §9: Muara Enim requires every unit to hand in an action-plan design).
 */
export function actionPlanNoticeLetter(input: ActionPlanLetterInput): PdfDocument {
  const subject = nonEmpty(input.subject) ? input.subject : `Pemberitahuan Penyerahan Rencana Aksi Inovasi ${input.cohort.name}`;
  return letter(input, addresseeOf(input), subject, [
    {
      text: prose(`Dalam rangka pelaksanaan Laboratorium Inovasi ${input.cohort.name}, setiap perangkat daerah peserta wajib menyerahkan Rencana Aksi Inovasi paling lambat tanggal ${indonesianDateTime(input.deadline, input.zone)} melalui sistem informasi inovasi daerah. Berdasarkan data kami, ${planStanding(input)}.`),
      style: 'paragraph',
    },
    { text: prose('Sehubungan dengan hal tersebut, kami mohon Saudara segera menyusun dan menyerahkan Rencana Aksi Inovasi beserta tonggak kegiatan, penanggung jawab dan jadwalnya.'), style: 'paragraph' },
    { text: 'Demikian disampaikan, atas perhatian dan kerja sama Saudara diucapkan terima kasih.', style: 'paragraph' },
  ]);
}

/** Surat Teguran to a unit of a lab cohort without an action plan by the cohort's deadline. */
export function actionPlanReprimandLetter(input: ActionPlanLetterInput): PdfDocument {
  const subject = nonEmpty(input.subject) ? input.subject : `Teguran Penyerahan Rencana Aksi Inovasi ${input.cohort.name}`;
  return letter(input, addresseeOf(input), subject, [
    {
      text: prose(`Dalam rangka pelaksanaan Laboratorium Inovasi ${input.cohort.name}, batas waktu penyerahan Rencana Aksi Inovasi adalah tanggal ${indonesianDateTime(input.deadline, input.zone)}. Berdasarkan data kami, ${planStanding(input)}.`),
      style: 'paragraph',
    },
    {
      text: prose('Sehubungan dengan hal tersebut, dengan ini Saudara diberikan teguran agar segera menyerahkan Rencana Aksi Inovasi. Apabila hal ini tidak ditindaklanjuti, akan dilaporkan kepada Kepala Daerah sebagai bahan evaluasi kinerja perangkat daerah.'),
      style: 'paragraph',
    },
    { text: 'Demikian disampaikan untuk menjadi perhatian dan dilaksanakan.', style: 'paragraph' },
  ]);
}

// Default legal text of the draft. The legal division (bagian hukum) reviews every decree; these
// are starting points it can replace through `considering` and `observing`.
function defaultConsidering(input: DecreeDraftInput, title: string): string[] {
  return [
    'bahwa dalam rangka meningkatkan kinerja penyelenggaraan pemerintahan daerah, pemerintah daerah dapat melakukan inovasi daerah sebagaimana diatur dalam Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah;',
    'bahwa usulan inovasi daerah yang telah dinilai layak perlu ditetapkan sebagai inovasi daerah beserta perangkat daerah pelaksana dan pelaksananya untuk diujicobakan dan/atau diterapkan sesuai dengan Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;',
    `bahwa berdasarkan pertimbangan sebagaimana dimaksud dalam huruf a dan huruf b, perlu menetapkan Keputusan ${input.headOffice} tentang ${title};`,
  ];
}

const defaultObserving = [
  'Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah sebagaimana telah beberapa kali diubah, terakhir dengan Undang-Undang Nomor 6 Tahun 2023 tentang Penetapan Peraturan Pemerintah Pengganti Undang-Undang Nomor 2 Tahun 2022 tentang Cipta Kerja menjadi Undang-Undang;',
  'Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;',
];

const alphabet = 'abcdefghijklmnopqrstuvwxyz';
const dictumNames = ['KESATU', 'KEDUA', 'KETIGA', 'KEEMPAT', 'KELIMA', 'KEENAM'];

/** "Menimbang : a. …" with the label only on the first row, as decrees set it. */
function section(label: string, items: readonly string[], marker: (i: number) => string): Content {
  return {
    table: {
      widths: [70, 8, 16, '*'],
      body: items.map((item, i) => [i === 0 ? label : '', i === 0 ? ':' : '', marker(i), { text: prose(item), alignment: 'justify' }]),
    },
    layout: 'noBorders',
    margin: [0, 0, 0, 8],
  };
}

/**
 * Draft Keputusan Kepala Daerah "tentang Penetapan Inovasi Daerah …", with the list of innovations
 * as its attachment (Lampiran). Every page carries a "DRAF" watermark: the draft goes to the legal
 * division and must not be mistaken for the enacted decree.
 */
export function designationDecreeDraft(input: DecreeDraftInput): PdfDocument {
  const size = input.pageSize ?? 'A4';
  const head = input.headOffice.toUpperCase();
  const title = `Penetapan Inovasi Daerah ${input.regionName} Tahun ${input.year}`;
  const number = nonEmpty(input.number) ? input.number : `${blank} TAHUN ${input.year}`;
  const date = nonEmpty(input.date) ? indonesianDate(input.date, input.zone) : `${blank} ${input.year}`;
  const logo = safeLogo(input.logo);
  const considering = input.considering?.length ? input.considering : defaultConsidering(input, title);
  const observing = input.observing?.length ? input.observing : defaultObserving;
  const dicta = [
    `Menetapkan Inovasi Daerah ${input.regionName} Tahun ${input.year} beserta perangkat daerah pelaksana dan pelaksananya sebagaimana tercantum dalam Lampiran yang merupakan bagian tidak terpisahkan dari Keputusan ini.`,
    `Perangkat daerah pelaksana sebagaimana dimaksud dalam Diktum KESATU melaksanakan uji coba dan/atau penerapan inovasi daerah serta melaporkan pelaksanaannya kepada ${input.headOffice} melalui Kepala ${input.bodyName}.`,
    `Segala biaya yang timbul akibat ditetapkannya Keputusan ini dibebankan pada Anggaran Pendapatan dan Belanja Daerah ${input.regionName} dan sumber lain yang sah dan tidak mengikat.`,
    'Keputusan ini mulai berlaku pada tanggal ditetapkan.',
  ];

  const rows: TableCell[][] = input.innovations.map((innovation, i) => [
    { text: String(i + 1), alignment: 'center', style: 'tableCell' },
    { text: innovation.name, style: 'tableCell' },
    { text: innovation.unitName, style: 'tableCell' },
    { text: nonEmpty(innovation.stageName) ? innovation.stageName : stageNames[innovation.stage], style: 'tableCell' },
    innovation.executors.length > 0 ? { ul: innovation.executors.map((e) => ({ text: e, style: 'tableCell' })) } : { text: '-', style: 'tableCell' },
  ]);
  if (rows.length === 0) rows.push([{ text: 'Belum ada inovasi yang diusulkan.', colSpan: 5, italics: true, style: 'tableCell' }, '', '', '', '']);

  return {
    pageSize: size,
    pageMargins,
    watermark: { text: 'DRAF', opacity: 0.12, bold: true, color: '#b00020', angle: -45 },
    info: { title: `Draf Keputusan ${input.headOffice} tentang ${title}`, author: input.bodyName, subject: title },
    defaultStyle: { font: 'Helvetica', fontSize: 11 },
    styles,
    content: [
      ...(logo ? [{ image: logo, fit: [70, 70], alignment: 'center', margin: [0, 0, 0, 6] } satisfies Content] : []),
      { text: head, style: 'title', fontSize: 13 },
      ...(nonEmpty(input.province) ? [{ text: input.province.toUpperCase(), style: 'title' } satisfies Content] : []),
      { text: `KEPUTUSAN ${head}`, style: 'title', margin: [0, 14, 0, 0] },
      { text: `NOMOR ${number}`, style: 'title' },
      { text: 'TENTANG', style: 'title', margin: [0, 8, 0, 0] },
      { text: title.toUpperCase(), style: 'title', margin: [0, 0, 0, 12] },
      { text: 'DENGAN RAHMAT TUHAN YANG MAHA ESA', style: 'title', margin: [0, 0, 0, 8] },
      { text: `${head},`, style: 'title', margin: [0, 0, 0, 12] },
      section('Menimbang', considering, (i) => `${alphabet[i] ?? i + 1}.`),
      section('Mengingat', observing, (i) => `${i + 1}.`),
      { text: 'MEMUTUSKAN:', style: 'title', margin: [0, 4, 0, 8] },
      labelled([['Menetapkan', { text: `KEPUTUSAN ${head} TENTANG ${title.toUpperCase()}.`, bold: true }]], 70),
      {
        table: {
          widths: [70, 8, '*'],
          body: dicta.map((text, i) => [dictumNames[i] ?? String(i + 1), ':', { text: prose(text), alignment: 'justify' }]),
        },
        layout: 'noBorders',
        margin: [0, 8, 0, 0],
      },
      signatureBlock(
        { title: head, name: nonEmpty(input.headName) ? input.headName.toUpperCase() : blank },
        [labelled([['Ditetapkan di', input.place], ['pada tanggal', date]], 80)],
      ),
      // Lampiran: the list the first dictum points to.
      {
        pageBreak: 'before',
        columns: [
          { text: '', width: '*' },
          {
            width: '55%',
            stack: [
              `LAMPIRAN KEPUTUSAN ${head}`,
              labelled(
                [
                  ['NOMOR', number],
                  ['TANGGAL', date],
                  ['TENTANG', title.toUpperCase()],
                ],
                60,
              ),
            ],
            fontSize: 9,
          },
        ],
        margin: [0, 0, 0, 16],
      },
      { text: `DAFTAR INOVASI DAERAH ${input.regionName.toUpperCase()} TAHUN ${input.year}`, style: 'title', margin: [0, 0, 0, 10] },
      {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: [22, '*', '22%', 55, '24%'],
          body: [
            [
              { text: 'No', style: 'tableHeader' },
              { text: 'Nama Inovasi', style: 'tableHeader' },
              { text: 'Perangkat Daerah Pelaksana', style: 'tableHeader' },
              { text: 'Tahapan', style: 'tableHeader' },
              { text: 'Pelaksana', style: 'tableHeader' },
            ],
            ...rows,
          ],
        },
      },
      signatureBlock({ title: head, name: nonEmpty(input.headName) ? input.headName.toUpperCase() : blank }),
    ],
  };
}
