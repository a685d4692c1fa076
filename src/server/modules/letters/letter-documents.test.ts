import { describe, expect, it } from 'vitest';
import { pdfText, renderPdf, type PdfDocument } from '../../lib/pdf.js';
import {
  designationDecreeDraft,
  noticeLetter,
  reprimandLetter,
  type DecreeDraftInput,
  type QuotaLetterInput,
  type ReprimandLetterInput,
} from './letter-documents.js';

// A 1×1 PNG; a WebP logo is left out because PDF cannot show it.
const png = 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
const webp = 'data:image/webp;base64,UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==';

const nip = '198503302010011002';

const notice: QuotaLetterInput = {
  letterhead: {
    government: 'Pemerintah Kabupaten Lampung Selatan',
    bodyName: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
    address: 'Jl. Mustafa Kemal No. 1, Kalianda, Lampung Selatan',
    logo: png,
  },
  zone: 'Asia/Jakarta',
  place: 'Kalianda',
  date: '2026-11-23',
  number: '800/12/BAPPERIDA/2026',
  nature: 'Penting',
  signatory: {
    title: 'Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
    name: 'Dr. Ir. Rina Kartika, M.Si.',
    rank: 'Pembina Utama Muda (IV/c)',
    nip,
  },
  copies: ['Bupati Lampung Selatan (sebagai laporan)', 'Sekretaris Daerah Kabupaten Lampung Selatan'],
  unit: { name: 'Dinas Kesehatan' },
  standing: { registered: 3, submitted: 1, quota: 2, shortfall: 1 },
  periodYear: 2026,
  // 17:30 UTC on 30 November is already 1 December in WIB.
  deadline: '2026-11-30T17:30:00Z',
};

const reprimand: ReprimandLetterInput = {
  ...notice,
  number: '800/31/BAPPERIDA/2026',
  date: '2026-12-02',
  standing: { registered: 4, submitted: 0, quota: 2, shortfall: 2 },
  unit: { name: 'Kecamatan Kalianda', addressee: 'Camat Kalianda' },
  previousNotice: { number: '800/12/BAPPERIDA/2026', date: '2026-11-23' },
  deadline: '2026-12-09T23:59:00+07:00',
};

const decree: DecreeDraftInput = {
  headOffice: 'Bupati Lampung Selatan',
  regionName: 'Kabupaten Lampung Selatan',
  province: 'Provinsi Lampung',
  bodyName: 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah',
  year: 2027,
  place: 'Kalianda',
  zone: 'Asia/Jakarta',
  headName: 'Radityo Egi Pratama',
  innovations: [
    { name: 'Puskesmas Keliling Digital', unitName: 'Dinas Kesehatan', stage: 'uji_coba', executors: ['dr. Sari Wulandari', 'Kepala UPTD Puskesmas Kalianda'] },
    { name: 'Sekolah Ramah Inovasi', unitName: 'Dinas Pendidikan dan Kebudayaan', stage: 'inisiatif', executors: [] },
    { name: 'Layanan Adminduk Jemput Bola', unitName: 'Dinas Kependudukan dan Pencatatan Sipil', stage: 'penerapan', stageName: 'Penerapan (Implementasi)', executors: ['Bidang Pelayanan'] },
  ],
};

/** Compared without whitespace: pdfmake places each word on its own, so line breaks fall anywhere. */
const squash = (s: string) => s.replace(/\s+/g, '');

async function rendered(doc: PdfDocument): Promise<{ pdf: Buffer; text: string }> {
  const pdf = await renderPdf({ ...doc, compress: false });
  return { pdf, text: squash(pdfText(pdf)) };
}

describe('letter documents', () => {
  it.each<[string, () => PdfDocument, string[]]>([
    [
      'notice',
      () => noticeLetter(notice),
      [
        'PEMERINTAH KABUPATEN LAMPUNG SELATAN',
        'BADAN PERENCANAAN PEMBANGUNAN, RISET DAN INOVASI DAERAH',
        'Jl. Mustafa Kemal No. 1, Kalianda',
        'Kalianda, 23 November 2026',
        'Nomor : 800/12/BAPPERIDA/2026',
        'Sifat : Penting',
        'Lampiran : -',
        'Perihal : Pemberitahuan Pemenuhan Kewajiban Inovasi Daerah Tahun 2026',
        'Yth. Kepala Dinas Kesehatan',
        'paling sedikit 2 (dua) inovasi daerah',
        'Inovasi terdaftar : 3 inovasi',
        'Inovasi telah diajukan : 1 inovasi',
        'Kewajiban (kuota) : 2 inovasi',
        'Kekurangan : 1 inovasi',
        'kekurangan sebanyak 1 (satu) inovasi daerah paling lambat tanggal 1 Desember 2026 pukul 00.30 WIB',
        'Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah,',
        'Dr. Ir. Rina Kartika, M.Si.',
        'Pembina Utama Muda (IV/c)',
        `NIP. ${nip}`,
        'Tembusan:',
        'Bupati Lampung Selatan (sebagai laporan)',
      ],
    ],
    [
      'reprimand',
      () => reprimandLetter(reprimand),
      [
        'Kalianda, 2 Desember 2026',
        'Nomor : 800/31/BAPPERIDA/2026',
        'Perihal : Teguran Pemenuhan Kewajiban Inovasi Daerah Tahun 2026',
        'Yth. Camat Kalianda',
        'Menindaklanjuti surat kami Nomor 800/12/BAPPERIDA/2026 tanggal 23 November 2026',
        'hingga tanggal 2 Desember 2026 Kecamatan Kalianda belum memenuhi kewajiban',
        'Inovasi terdaftar : 4 inovasi',
        'Inovasi telah diajukan : 0 inovasi',
        'Kekurangan : 2 inovasi',
        'sebanyak 2 (dua) inovasi daerah paling lambat tanggal 9 Desember 2026 pukul 23.59 WIB',
        'diberikan teguran',
        `NIP. ${nip}`,
      ],
    ],
    [
      'decree draft',
      () => designationDecreeDraft(decree),
      [
        'DRAF',
        'BUPATI LAMPUNG SELATAN',
        'PROVINSI LAMPUNG',
        'KEPUTUSAN BUPATI LAMPUNG SELATAN',
        'NOMOR …………… TAHUN 2027',
        'TENTANG PENETAPAN INOVASI DAERAH KABUPATEN LAMPUNG SELATAN TAHUN 2027',
        'DENGAN RAHMAT TUHAN YANG MAHA ESA',
        'Menimbang : a. bahwa dalam rangka meningkatkan kinerja',
        'perlu menetapkan Keputusan Bupati Lampung Selatan tentang Penetapan Inovasi Daerah Kabupaten Lampung Selatan Tahun 2027;',
        'Mengingat : 1. Undang-Undang Nomor 23 Tahun 2014 tentang Pemerintahan Daerah',
        '2. Peraturan Pemerintah Nomor 38 Tahun 2017 tentang Inovasi Daerah;',
        'MEMUTUSKAN:',
        'Menetapkan : KEPUTUSAN BUPATI LAMPUNG SELATAN TENTANG PENETAPAN INOVASI DAERAH',
        'KESATU : Menetapkan Inovasi Daerah Kabupaten Lampung Selatan Tahun 2027',
        'melalui Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah.',
        'KEEMPAT : Keputusan ini mulai berlaku pada tanggal ditetapkan.',
        'Ditetapkan di : Kalianda',
        'pada tanggal : …………… 2027',
        'RADITYO EGI PRATAMA',
        'LAMPIRAN KEPUTUSAN BUPATI LAMPUNG SELATAN',
        'DAFTAR INOVASI DAERAH KABUPATEN LAMPUNG SELATAN TAHUN 2027',
        'No Nama Inovasi Perangkat Daerah Pelaksana Tahapan Pelaksana',
        '1 Puskesmas Keliling Digital Dinas Kesehatan Uji Coba',
        'dr. Sari Wulandari',
        'Kepala UPTD Puskesmas Kalianda',
        '2 Sekolah Ramah Inovasi Dinas Pendidikan dan Kebudayaan Inisiatif -',
        '3 Layanan Adminduk Jemput Bola Dinas Kependudukan dan Pencatatan Sipil Penerapan (Implementasi)',
        'Bidang Pelayanan',
      ],
    ],
  ])('%s renders to a PDF with its visible text', async (_label, build, expected) => {
    const { pdf, text } = await rendered(build());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    for (const needle of expected) expect(text, needle).toContain(squash(needle));
  });

  it('renders one letter quickly', async () => {
    await renderPdf(noticeLetter(notice)); // warm-up: the first render loads the font metrics
    const started = performance.now();
    const pdf = await renderPdf(noticeLetter(notice));
    const ms = performance.now() - started;
    // Measured on the development container (20 renders of this notice): 45–67 ms for the first
    // in a process (PDFKit loads the font metrics), then 7–15 ms each, ~4 KB compressed. Only a
    // loose bound here, to catch a pathology (e.g. something fetched) without flaking on slow CI.
    expect(ms).toBeLessThan(2000);
    expect(pdf.length).toBeLessThan(100_000);
  });

  it('never prints a phone number or NIK, only the signatory’s NIP', async () => {
    // Records as a careless caller might pass them, straight from the database with personal fields.
    const unitRow = { name: 'Dinas Sosial', phone: '081234567890', headNik: '1801234567890001', headPhone: '+62 812 9999 8888' };
    const signatoryRow = { ...notice.signatory, nik: '1801010101850002', phone: '0813-1111-2222', email: 'rina@example.go.id' };
    const doc = noticeLetter({ ...notice, unit: unitRow, signatory: signatoryRow } as QuotaLetterInput);
    const { text } = await rendered(doc);
    for (const leaked of ['081234567890', '1801234567890001', '+628129999888', '1801010101850002', '0813-1111-2222', 'rina@example.go.id', 'NIK', 'Telp', 'HP.']) {
      expect(text).not.toContain(squash(leaked));
    }
    expect(JSON.stringify(doc)).not.toMatch(/081234567890|1801234567890001|1801010101850002|0813-1111-2222/);
    expect(text).toContain(squash(`NIP. ${nip}`));
    expect(text).toContain('DinasSosial');
  });

  it('leaves the NIP line out when the signatory has none', async () => {
    const { text } = await rendered(noticeLetter({ ...notice, signatory: { title: 'Kepala Badan', name: 'Rina' } }));
    expect(text).not.toContain('NIP');
  });

  it.each([
    ['PNG logo', png, true],
    ['WebP logo (left out)', webp, false],
    ['no logo', null, false],
  ])('letterhead with %s', async (_label, logo, hasImage) => {
    const { pdf } = await rendered(noticeLetter({ ...notice, letterhead: { ...notice.letterhead, logo } }));
    expect(pdf.toString('latin1').includes('/Subtype /Image')).toBe(hasImage);
  });

  it.each([
    ['WITA', 'Asia/Makassar', '2026-11-30T16:00:00Z', '1 Desember 2026 pukul 00.00 WITA'],
    ['WIT', 'Asia/Jayapura', '2026-11-30T14:59:00Z', '30 November 2026 pukul 23.59 WIT'],
  ] as const)('writes the deadline in the region’s zone (%s)', async (_label, zone, deadline, expected) => {
    const { text } = await rendered(noticeLetter({ ...notice, zone, deadline }));
    expect(text).toContain(squash(expected));
  });

  it('fills a known decree number and date, and lists no innovations gracefully', async () => {
    const { text } = await rendered(designationDecreeDraft({ ...decree, number: '100.3.3.2/123/KPTS/I.01/2027', date: '2027-01-15', innovations: [] }));
    expect(text).toContain(squash('NOMOR 100.3.3.2/123/KPTS/I.01/2027'));
    expect(text).toContain(squash('pada tanggal : 15 Januari 2027'));
    expect(text).toContain(squash('Belum ada inovasi yang diusulkan.'));
  });

  it('takes the legal division’s own considering and observing texts', async () => {
    const { text } = await rendered(
      designationDecreeDraft({ ...decree, considering: ['bahwa pertimbangan khusus;'], observing: ['Peraturan Daerah Nomor 1 Tahun 2020;'] }),
    );
    expect(text).toContain(squash('Menimbang : a. bahwa pertimbangan khusus;'));
    expect(text).toContain(squash('Mengingat : 1. Peraturan Daerah Nomor 1 Tahun 2020;'));
    expect(text).not.toContain(squash('Nomor 38 Tahun 2017 tentang Inovasi Daerah;'));
  });

  it('marks only the draft decree, not the letters, as DRAF', async () => {
    expect(designationDecreeDraft(decree).watermark).toMatchObject({ text: 'DRAF' });
    expect(noticeLetter(notice).watermark).toBeUndefined();
  });
});
