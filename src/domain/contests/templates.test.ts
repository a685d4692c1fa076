import { describe, expect, it } from 'vitest';
import { ContestSetup } from '../contracts/contests.js';
import { contestTemplates } from './contests.js';
import { setupProblems } from './setup.js';
import { contestTemplate } from './templates.js';
import { registrationRound, roundState } from './timeline.js';

const now = new Date('2026-11-01T18:30:00Z'); // 2 November 01:30 WIB, 02:30 WITA, 03:30 WIT

describe('contest templates', () => {
  it.each(contestTemplates.flatMap((t) => (['Asia/Jakarta', 'Asia/Makassar', 'Asia/Jayapura'] as const).map((zone) => [t, zone] as const)))('%s in %s parses as a setup and has no problems', (key, zone) => {
    const setup = ContestSetup.parse({ name: 'Lomba', ...contestTemplate(key, { now, zone }) });
    expect(setupProblems(setup)).toEqual([]);
    // The registration is open right away: the admin can publish today.
    expect(roundState(registrationRound(setup.rounds)!, now)).toBe('buka');
  });

  it('starts Krenova today at 00:00 in the zone, 30 days of registration closing at 23:59:59', () => {
    const t = contestTemplate('krenova', { now, zone: 'Asia/Jakarta' });
    expect(t.rounds.map((r) => [r.kind, r.mode, r.opensAt, r.closesAt])).toEqual([
      ['pendaftaran', null, '2026-11-02T00:00:00+07:00', '2026-12-01T23:59:59+07:00'],
      ['seleksi', null, '2026-12-02T00:00:00+07:00', '2026-12-08T23:59:59+07:00'],
      ['penjurian', 'desk', '2026-12-09T00:00:00+07:00', '2026-12-18T23:59:59+07:00'],
      ['penjurian', 'presentasi', '2026-12-19T00:00:00+07:00', '2026-12-23T23:59:59+07:00'],
      ['pengumuman', null, '2026-12-24T00:00:00+07:00', '2026-12-24T23:59:59+07:00'],
    ]);
  });

  it('reads "today" in the region’s zone', () => {
    const early = new Date('2026-11-01T16:30:00Z'); // 1 Nov 23:30 WIB, 2 Nov 00:30 WITA
    expect(contestTemplate('krenova', { now: early, zone: 'Asia/Jakarta' }).rounds[0]!.opensAt).toBe('2026-11-01T00:00:00+07:00');
    expect(contestTemplate('krenova', { now: early, zone: 'Asia/Makassar' }).rounds[0]!.opensAt).toBe('2026-11-02T00:00:00+08:00');
  });

  it('Krenova: community contest with the domain’s categories, groups of at most 5 and five 20 % criteria on 1–10', () => {
    const t = contestTemplate('krenova', { now, zone: 'Asia/Jakarta' });
    expect(t.kind).toBe('komunitas');
    expect(t.categories.map((c) => c.key)).toEqual(['smp', 'sma', 'mahasiswa', 'umum']);
    expect(t.fieldsOfWork).toHaveLength(10);
    expect(t.eligibility).toMatchObject({ entrants: ['perorangan', 'kelompok'], residentsOnly: true, maxGroupSize: 5, notAwardedElsewhere: true });
    expect(t.criteria.map((c) => [c.key, c.weight, c.min, c.max])).toEqual([
      ['orisinalitas', 20, 1, 10],
      ['kepeloporan', 20, 1, 10],
      ['penerapan', 20, 1, 10],
      ['manfaat', 20, 1, 10],
      ['keberlanjutan', 20, 1, 10],
    ]);
    expect(t.criteria.every((c) => c.guidance)).toBe(true);
    expect(t.form.map((f) => [f.key, f.kind, f.required])).toEqual([
      ['proposal', 'berkas', true],
      ['video', 'tautan', false],
      ['bahan_lokal', 'teks', false],
    ]);
    expect(t).toMatchObject({ normalise: true, tieBreak: 'kriteria_berurutan', assignment: { mode: 'sebar', minPerEntry: 3 }, winnersPerCategory: 3 });
  });

  it('internal award: units, implemented in the two previous calendar years', () => {
    const t = contestTemplate('internal', { now, zone: 'Asia/Jakarta' });
    expect(t.kind).toBe('internal');
    expect(t.categories.map((c) => c.key)).toEqual(['perangkat_daerah', 'kecamatan', 'puskesmas', 'desa', 'sekolah']);
    expect(t.eligibility).toMatchObject({ entrants: ['unit'], implementedFrom: '2024-01-01', implementedTo: '2025-12-31' });
    expect(t.criteria.map((c) => [c.key, c.weight, c.min, c.max])).toEqual([
      ['kebaruan', 25, 0, 100],
      ['manfaat', 30, 0, 100],
      ['keberlanjutan', 20, 0, 100],
      ['replikasi', 15, 0, 100],
      ['kolaborasi', 10, 0, 100],
    ]);
  });

  it('IGA rehearsal: the 2023 presentation weights, one presentation round, every judge on every entry, raw scores', () => {
    const t = contestTemplate('iga', { now, zone: 'Asia/Jayapura' });
    expect(t.kind).toBe('iga');
    expect(t.categories).toHaveLength(1);
    expect(t.criteria.map((c) => [c.key, c.weight])).toEqual([
      ['kebaruan', 30],
      ['manfaat', 25],
      ['kewenangan_kolaborasi', 15],
      ['replikasi', 20],
      ['penguasaan', 10],
    ]);
    expect(t.rounds.filter((r) => r.kind === 'penjurian').map((r) => r.mode)).toEqual(['presentasi']);
    expect(t).toMatchObject({ normalise: false, assignment: { mode: 'semua' }, eligibility: { entrants: ['unit'] } });
  });
});
