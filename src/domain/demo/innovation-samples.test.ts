import { inflateSync } from 'node:zlib';
import { fileTypeFromBuffer } from 'file-type';
import { describe, expect, it } from 'vitest';
import { affairCodes, basicServiceAffairs } from '../iid/affairs.js';
import { basisCodes, indicatorsOf } from '../iid/catalogue.js';
import { catalogue2026 } from '../iid/catalogue-2026.js';
import { countWords } from '../innovations/design-text.js';
import { periodListSeeds, regionListSeeds } from '../master-data.js';
import { demoInnovations, type DemoInnovation } from './innovation-samples.js';
import { samplePdf, samplePng } from './sample-files.js';

/*
 * The demo seed (src/server/modules/demo/demo.seed.ts) keys its units by name but keeps the list
 * private (`demoUnits` is not exported), and src/domain may not import src/server anyway. The names
 * are therefore copied here from the seed; keep both lists in step.
 */
const demoUnitNames = [
  'Sekretariat Daerah', 'Bagian Organisasi', 'Bagian Hukum', 'Bagian Perekonomian dan Sumber Daya Alam', 'Sekretariat DPRD',
  'Inspektorat Daerah', 'Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah', 'Badan Pengelolaan Keuangan dan Aset Daerah',
  'Badan Kepegawaian dan Pengembangan SDM', 'Badan Penanggulangan Bencana Daerah', 'Dinas Pendidikan dan Kebudayaan', 'Dinas Kesehatan',
  'Dinas Pekerjaan Umum dan Penataan Ruang', 'Dinas Perumahan Rakyat dan Kawasan Permukiman', 'Satuan Polisi Pamong Praja', 'Dinas Sosial',
  'Dinas Kependudukan dan Pencatatan Sipil', 'Dinas Pemberdayaan Masyarakat dan Desa', 'Dinas Komunikasi dan Informatika',
  'Dinas Penanaman Modal dan PTSP', 'Dinas Pertanian dan Pangan', 'Dinas Perhubungan', 'Dinas Lingkungan Hidup',
  'Dinas Koperasi, UKM dan Perdagangan', 'Dinas Pariwisata, Pemuda dan Olahraga', 'Dinas Tenaga Kerja dan Transmigrasi',
  'RSUD dr. Soeratno Contoh', 'Kecamatan Contoh Kota', 'Kecamatan Sukamaju', 'Kecamatan Mekarsari', 'Kecamatan Karanganyar',
  'Kelurahan Sukamaju', 'Desa Mekarsari', 'Desa Karangrejo', 'UPTD Puskesmas Contoh Kota', 'UPTD Puskesmas Sukamaju',
  'UPTD Puskesmas Mekarsari', 'SMP Negeri 1 Contoh', 'SD Negeri 2 Sukamaju', 'PDAM Tirta Contoh', 'Perumda Pasar Contoh',
];

const all = demoInnovations;
const byStage = (stage: DemoInnovation['stage']) => all.filter((d) => d.stage === stage);
const penerapan = byStage('penerapan');
const count = <T>(items: readonly T[], pick: (item: T) => boolean) => items.filter(pick).length;

const innovationCodes = indicatorsOf(catalogue2026, 'innovation').map((i) => i.code);
const mandatoryCodes = indicatorsOf(catalogue2026, 'innovation').filter((i) => i.mandatory).map((i) => i.code);

/** Words as the brief counts them: tags stripped, split on whitespace. */
const words = (html: string) => html.replace(/<[^>]*>/g, ' ').split(/\s+/).filter(Boolean).length;
const year = (date: string | null) => (date === null ? null : Number(date.slice(0, 4)));

/** Every string value of an entry, nested ones included. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('demo innovations: shape and spread', () => {
  it('holds exactly 60 entries with unique names', () => {
    expect(all).toHaveLength(60);
    expect(new Set(all.map((d) => d.name)).size).toBe(60);
  });

  it.each([
    ['penerapan', 40],
    ['uji_coba', 10],
    ['inisiatif', 10],
  ] as const)('has %s × %i', (stage, expected) => {
    expect(byStage(stage)).toHaveLength(expected);
  });

  it('keys every entry to a unit of the demo seed, spread over at least 20 units', () => {
    for (const d of all) expect(demoUnitNames, d.name).toContain(d.unitKey);
    expect(new Set(all.map((d) => d.unitKey)).size).toBeGreaterThanOrEqual(20);
  });

  it.each([
    [/Puskesmas|^Dinas Kesehatan$|^RSUD/, 'kesehatan'],
    [/^SMP |^SD |^Dinas Pendidikan/, 'pendidikan'],
    [/^Dinas Kependudukan/, 'adminduk_capil'],
    [/^Dinas Sosial$/, 'sosial'],
    [/^Satuan Polisi Pamong Praja$|^Badan Penanggulangan Bencana/, 'trantibum_linmas'],
    [/^Dinas Pekerjaan Umum|^PDAM /, 'pupr'],
    [/^Dinas Perumahan/, 'perkim'],
  ])('gives units matching %s the affair %s', (unit, affair) => {
    const entries = all.filter((d) => unit.test(d.unitKey));
    expect(entries.length).toBeGreaterThan(0);
    for (const d of entries) expect(d.mainAffair, d.name).toBe(affair);
  });

  it('uses only codes of the master lists', () => {
    const codes = (list: { code: string }[]) => list.map((i) => i.code);
    const periodLists = periodListSeeds(2026);
    for (const d of all) {
      expect(codes(regionListSeeds.initiator), d.name).toContain(d.initiator);
      expect(codes(regionListSeeds.kind), d.name).toContain(d.kind);
      expect(codes(regionListSeeds.form), d.name).toContain(d.form);
      expect(codes(periodLists.theme), d.name).toContain(d.theme);
      expect(codes(periodLists.classification), d.name).toContain(d.classification);
    }
  });

  it('uses known affair codes: one main affair and 0–2 distinct other affairs', () => {
    for (const d of all) {
      expect(affairCodes, d.name).toContain(d.mainAffair);
      expect(d.otherAffairs.length, d.name).toBeLessThanOrEqual(2);
      expect(new Set([d.mainAffair, ...d.otherAffairs]).size, d.name).toBe(d.otherAffairs.length + 1);
      for (const a of d.otherAffairs) expect(affairCodes, d.name).toContain(a);
    }
  });

  it('covers all 6 yandas affairs among the penerapan entries, at least 5 of them twice or more', () => {
    const perAffair = basicServiceAffairs.map((a) => count(penerapan, (d) => d.mainAffair === a));
    expect(perAffair.every((n) => n >= 1)).toBe(true);
    expect(count(perAffair, (n) => n >= 2)).toBeGreaterThanOrEqual(5);
  });

  it('fills the initiator name, location and IGA entries plausibly', () => {
    for (const d of all) {
      expect(d.initiatorName.trim().length, d.name).toBeGreaterThan(3);
      expect(Math.abs(d.latitude - -7.4), d.name).toBeLessThanOrEqual(0.2);
      expect(Math.abs(d.longitude - 110.9), d.name).toBeLessThanOrEqual(0.2);
      expect(Number.isInteger(d.igaEntries) && d.igaEntries >= 0 && d.igaEntries <= 3, d.name).toBe(true);
    }
    expect(count(all, (d) => d.igaEntries === 3)).toBe(1);
  });

  it('sets budget amount and source together', () => {
    const sources = ['APBD', 'APBDes', 'BOS', 'BOK', 'CSR', 'lainnya'];
    for (const d of all) {
      expect(d.budgetAmount === null, d.name).toBe(d.budgetSource === null);
      if (d.budgetAmount !== null) {
        expect(Number.isInteger(d.budgetAmount) && d.budgetAmount > 0, d.name).toBe(true);
        expect(sources, d.name).toContain(d.budgetSource);
      }
    }
  });

  it('writes goal, benefits and results as 1–3 sentences each', () => {
    for (const d of all) {
      for (const text of [d.goal, d.benefits, d.results]) {
        const sentences = text.trim().split(/(?<=[.!?])\s+(?=[A-Z0-9])/);
        expect(sentences.length, `${d.name}: ${text}`).toBeGreaterThanOrEqual(1);
        expect(sentences.length, `${d.name}: ${text}`).toBeLessThanOrEqual(3);
        expect(text, d.name).toMatch(/[.!?]$/);
      }
    }
  });
});

describe('demo innovations: dates', () => {
  const isDate = (s: string) => /^\d{4}-\d{2}-\d{2}$/.test(s) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

  it('are valid dates, in the order trial → implementation → development', () => {
    for (const d of all) {
      for (const date of [d.trialStartedOn, d.implementedOn, d.developedOn]) if (date !== null) expect(isDate(date), `${d.name}: ${date}`).toBe(true);
      if (d.trialStartedOn && d.implementedOn) expect(d.trialStartedOn < d.implementedOn, d.name).toBe(true);
      if (d.developedOn) expect(d.implementedOn !== null && d.implementedOn < d.developedOn, d.name).toBe(true);
    }
  });

  it.each([
    ['inisiatif', false, false],
    ['uji_coba', true, false],
    ['penerapan', true, true],
  ] as const)('%s: trial date %s, implementation date %s', (stage, trial, implemented) => {
    for (const d of byStage(stage)) {
      expect(d.trialStartedOn !== null, d.name).toBe(trial);
      expect(d.implementedOn !== null, d.name).toBe(implemented);
    }
  });

  it('implements most penerapan entries in 2024–2025 and 5 in 2019–2022, 2 of those developed in 2024–2025', () => {
    const recent = penerapan.filter((d) => year(d.implementedOn)! >= 2024 && year(d.implementedOn)! <= 2025);
    const older = penerapan.filter((d) => year(d.implementedOn)! >= 2019 && year(d.implementedOn)! <= 2022);
    expect(recent).toHaveLength(35);
    expect(older).toHaveLength(5);
    expect(count(older, (d) => [2024, 2025].includes(year(d.developedOn) ?? 0))).toBe(2);
  });
});

describe('demo innovations: indicator answers', () => {
  it('answers only 2026 innovation indicators with options 1–3, indicator 33 with a basis', () => {
    for (const d of all) {
      for (const [code, answer] of Object.entries(d.answers)) {
        expect(innovationCodes, `${d.name}: ${code}`).toContain(code);
        const option = typeof answer === 'number' ? answer : answer.option;
        expect([1, 2, 3], `${d.name}: ${code}`).toContain(option);
        if (code === '33') {
          expect(typeof answer, d.name).toBe('object');
          expect(basisCodes, d.name).toContain((answer as { basis: string }).basis);
        } else {
          expect(typeof answer, `${d.name}: ${code}`).toBe('number');
        }
      }
    }
  });

  it.each([
    ['inisiatif', 0, 0],
    ['uji_coba', 4, 6],
    ['penerapan', 14, 20],
  ] as const)('gives %s entries %i–%i answers', (stage, min, max) => {
    for (const d of byStage(stage)) {
      const n = Object.keys(d.answers).length;
      expect(n, d.name).toBeGreaterThanOrEqual(min);
      expect(n, d.name).toBeLessThanOrEqual(max);
    }
  });

  it('answers the mandatory indicators 16, 17, 32, 33 and 35 on penerapan, except 3 entries missing one each', () => {
    expect(mandatoryCodes).toEqual(['16', '17', '32', '33', '35']);
    const missing = penerapan.map((d) => mandatoryCodes.filter((c) => !(c in d.answers)));
    expect(count(missing, (m) => m.length > 0)).toBe(3);
    expect(missing.every((m) => m.length <= 1)).toBe(true);
  });

  it('has evidence for a subset of the answered codes, about 80 % of them', () => {
    let answered = 0;
    let evidenced = 0;
    for (const d of all) {
      const codes = Object.keys(d.answers);
      expect(new Set(d.evidenceFor).size, d.name).toBe(d.evidenceFor.length);
      for (const code of d.evidenceFor) expect(codes, d.name).toContain(code);
      if (codes.length > 0) {
        const share = d.evidenceFor.length / codes.length;
        expect(share, d.name).toBeGreaterThanOrEqual(0.7);
        expect(share, d.name).toBeLessThanOrEqual(0.9);
      }
      answered += codes.length;
      evidenced += d.evidenceFor.length;
    }
    expect(evidenced / answered).toBeCloseTo(0.8, 1);
  });
});

describe('demo innovations: design (rancang bangun)', () => {
  const sections = [/Dasar Hukum/, /Permasalahan/, /Isu Strategis/, /Metode Pembaruan/, /Keunggulan/, /Cara Kerja/];
  const headingsOf = (html: string) => [...html.matchAll(/<h3>(.*?)<\/h3>/g)].map((m) => m[1]!);
  const full = all.filter((d) => words(d.design) >= 300);

  it('has 52 designs of 300+ words, 5 of 120–290 words and 3 empty ones on inisiatif entries', () => {
    expect(full).toHaveLength(52);
    expect(count(all, (d) => words(d.design) >= 120 && words(d.design) <= 290)).toBe(5);
    const empty = all.filter((d) => d.design === '');
    expect(empty).toHaveLength(3);
    for (const d of empty) expect(d.stage, d.name).toBe('inisiatif');
  });

  it('counts the same with the registry word counter, so the 300-word rule sees the same split', () => {
    for (const d of all) {
      const n = countWords(d.design);
      if (words(d.design) >= 300) expect(n, d.name).toBeGreaterThanOrEqual(300);
      else expect(n, d.name).toBeLessThan(300);
    }
  });

  it('uses only <h3> and <p>, with the six recommended sections in order on the full designs', () => {
    for (const d of all) {
      const tags = new Set([...d.design.matchAll(/<\/?([a-z0-9]+)[^>]*>/g)].map((m) => m[1]));
      for (const tag of tags) expect(['h3', 'p'], d.name).toContain(tag);
    }
    for (const d of full) {
      const headings = headingsOf(d.design);
      expect(headings, d.name).toHaveLength(6);
      headings.forEach((h, i) => expect(h, d.name).toMatch(sections[i]!));
      const problem = d.design.split('</h3>')[2]!;
      expect(problem, `${d.name}: the problem has local numbers`).toMatch(/\d/);
    }
  });

  it('reads differently from entry to entry: unique texts, at least 3 variants of every section', () => {
    const designs = all.map((d) => d.design).filter(Boolean);
    expect(new Set(designs).size).toBe(designs.length);
    for (const i of sections.keys()) {
      const openings = new Set(full.map((d) => d.design.split('<p>')[i + 1]!.split(/\s+/).slice(0, 3).join(' ')));
      expect(openings.size, `section ${i + 1}`).toBeGreaterThanOrEqual(3);
    }
  });
});

describe('demo innovations: personal data', () => {
  const patterns: [string, RegExp][] = [
    ['a run of 10+ digits (NIP, NIK, phone)', /\d{10,}/],
    ['a spaced NIP', /\b\d{8}\s\d{6}\s\d\s\d{3}\b/],
    ['a mobile number', /(?:\+62|\b0)8\d{1,2}[\s.-]?\d{3,4}[\s.-]?\d{3,5}\b/],
    ['a landline number', /\(?\b0\d{2,3}\)?[\s-]\d{5,8}\b/],
  ];

  it.each(patterns)('contains no %s in any string', (_label, pattern) => {
    for (const d of all) {
      for (const text of strings(d)) expect(text, d.name).not.toMatch(pattern);
    }
  });

  it('the patterns catch what they should', () => {
    for (const sample of ['197804122003122004', '19780412 200312 2 004', '0812-3456-7890', '+6281234567890', '0271-600000', '(0271) 600001']) {
      expect(patterns.some(([, p]) => p.test(sample)), sample).toBe(true);
    }
  });
});

describe('sample evidence files', () => {
  const hex = (bytes: Uint8Array) => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  const ascii = (bytes: Uint8Array) => String.fromCharCode(...bytes);

  it.each(all.slice(0, 6).map((d) => d.name))('samplePdf(%s) is detected as application/pdf', async (title) => {
    expect(await fileTypeFromBuffer(samplePdf(title))).toEqual({ ext: 'pdf', mime: 'application/pdf' });
  });

  it('samplePdf has an exact cross-reference table and differs per title', () => {
    const pdfs = all.map((d) => samplePdf(`Bukti dukung ${d.name}`));
    for (const pdf of pdfs) {
      const text = ascii(pdf);
      const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)![1]);
      expect(text.slice(startxref, startxref + 4)).toBe('xref');
      const offsets = [...text.matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
      offsets.forEach((offset, i) => expect(text.slice(offset).startsWith(`${i + 1} 0 obj`)).toBe(true));
    }
    expect(new Set(pdfs.map(hex)).size).toBe(pdfs.length);
  });

  it.each([0, 1, 7, 59, 1000])('samplePng(%i) is detected as image/png', async (seed) => {
    expect(await fileTypeFromBuffer(samplePng(seed))).toEqual({ ext: 'png', mime: 'image/png' });
  });

  it('samplePng decodes to 16×16 RGB pixels and differs per seed', () => {
    const pngs = Array.from({ length: 60 }, (_, i) => samplePng(i));
    for (const png of pngs) {
      const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
      expect([view.getUint32(16), view.getUint32(20), png[24], png[25]]).toEqual([16, 16, 8, 2]);
      const idat = ascii(png).indexOf('IDAT');
      const length = view.getUint32(idat - 4);
      expect(inflateSync(png.subarray(idat + 4, idat + 4 + length))).toHaveLength(16 * (1 + 16 * 3));
    }
    expect(new Set(pngs.map(hex)).size).toBe(pngs.length);
  });
});
