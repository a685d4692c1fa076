import { describe, expect, it } from 'vitest';
import type { AffairCode } from '../iid/affairs.js';
import type { Stage } from '../iid/engine.js';
import type { ReviewState } from '../review/workflow.js';
import type { UnitType } from '../unit-types.js';
import {
  countsTowardQuota,
  defaultObligationRules,
  monitorUnits,
  ObligationRules,
  unitQuota,
  unitsToWarn,
  type MonitoredInnovation,
  type MonitoredUnit,
} from './obligations.js';

const unit = (id: string, type: UnitType, handlesBasicService = false, active = true): MonitoredUnit => ({ id, name: `Unit ${id}`, type, handlesBasicService, active });
const inn = (unitId: string, reviewState: ReviewState, stage: Stage = 'penerapan', mainAffair: AffairCode | null = 'pertanian', countsForIid?: boolean): MonitoredInnovation => ({
  unitId,
  stage,
  reviewState,
  mainAffair,
  ...(countsForIid === undefined ? {} : { countsForIid }),
});

describe('obligation rules', () => {
  it('has the defaults a new period starts with', () => {
    expect(defaultObligationRules).toEqual({ defaultQuota: 1, basicServiceQuota: 2, unitTypeQuotas: {}, regionTarget: 100, deadline: null });
  });

  it('accepts a full rule set', () => {
    const rules = ObligationRules.parse({
      defaultQuota: 1,
      basicServiceQuota: 3,
      unitTypeQuotas: { sekolah: 0, kelurahan_desa: 0 },
      regionTarget: 250,
      deadline: '2026-08-23T23:59:00+07:00',
    });
    expect(rules.unitTypeQuotas).toEqual({ sekolah: 0, kelurahan_desa: 0 });
  });

  it.each([
    ['negative quota', { defaultQuota: -1 }, 'defaultQuota', 'obligationQuota'],
    ['fractional quota', { basicServiceQuota: 1.5 }, 'basicServiceQuota', 'obligationQuota'],
    ['huge quota', { defaultQuota: 5000 }, 'defaultQuota', 'obligationQuota'],
    ['quota as text', { defaultQuota: '2' }, 'defaultQuota', 'obligationQuota'],
    ['type quota below zero', { unitTypeQuotas: { dinas: -2 } }, 'unitTypeQuotas.dinas', 'obligationQuota'],
    ['negative target', { regionTarget: -5 }, 'regionTarget', 'obligationTarget'],
    ['deadline without offset', { deadline: '2026-08-23T23:59:00' }, 'deadline', 'obligationDeadline'],
    ['deadline as a bare date', { deadline: '2026-08-23' }, 'deadline', 'obligationDeadline'],
  ])('refuses %s with a message key', (_label, input, path, message) => {
    const result = ObligationRules.safeParse(input);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => [i.path.join('.'), i.message])).toContainEqual([path, message]);
  });

  it.each([
    ['unknown unit type', { unitTypeQuotas: { kantor: 1 } }],
    ['unknown field', { quota: 1 }],
  ])('refuses an %s', (_label, input) => {
    expect(ObligationRules.safeParse(input).success).toBe(false);
  });
});

describe('unit quota', () => {
  const rules = ObligationRules.parse({ defaultQuota: 1, basicServiceQuota: 2, unitTypeQuotas: { sekolah: 0, rsud: 3 } });
  it.each([
    ['dinas', false, true, 1],
    ['dinas', true, true, 2],
    ['kecamatan', false, true, 1],
    ['sekolah', true, true, 0],
    ['rsud', true, true, 3],
    ['rsud', false, true, 3],
    ['dinas', true, false, 0],
  ] as const)('%s (basic service %s, active %s) owes %i', (type, handlesBasicService, active, expected) => {
    expect(unitQuota(rules, { type, handlesBasicService, active })).toBe(expected);
  });
});

describe('which innovations fulfil a quota', () => {
  it.each([
    ['draf', false],
    ['diajukan', true],
    ['dikembalikan', true],
    ['diverifikasi', true],
    ['disahkan', true],
    ['siap_dilaporkan', true],
    ['dilaporkan', true],
  ] as const)('%s counts: %s', (reviewState, expected) => {
    expect(countsTowardQuota({ reviewState })).toBe(expected);
  });
});

describe('monitoring units', () => {
  const rules = ObligationRules.parse({ regionTarget: 10, unitTypeQuotas: { sekolah: 0 }, deadline: '2026-08-23T23:59:00+07:00' });
  const units = [
    unit('kes', 'dinas', true),
    unit('bap', 'badan'),
    unit('sd1', 'sekolah', true),
    unit('cam', 'kecamatan'),
    unit('old', 'dinas', false, false),
  ];
  const innovations = [
    inn('kes', 'draf', 'inisiatif', 'kesehatan'),
    inn('kes', 'diajukan', 'penerapan', 'kesehatan'),
    inn('bap', 'dikembalikan', 'uji_coba', 'perencanaan'),
    inn('bap', 'dilaporkan', 'penerapan', 'pendidikan'),
    inn('sd1', 'draf', 'penerapan', 'pendidikan'),
    inn('old', 'disahkan', 'penerapan', 'sosial'),
    inn('gone', 'diajukan', 'penerapan', 'pupr', false),
  ];
  const result = monitorUnits(rules, units, innovations, { minBasicAffairs: 3, now: new Date('2026-08-23T17:00:00Z') });
  const row = (id: string) => result.units.find((u) => u.unitId === id)!;

  it.each([
    // unit, quota, registered, submitted, shortfall, below
    ['kes', 2, 2, 1, 1, true],
    ['bap', 1, 2, 2, 0, false],
    ['sd1', 0, 1, 0, 0, false],
    ['cam', 1, 0, 0, 1, true],
  ] as const)('%s: quota %i, registered %i, submitted %i, shortfall %i, below %s', (id, quota, registered, submitted, shortfall, below) => {
    expect(row(id)).toMatchObject({ quota, registered, submitted, shortfall, below });
  });

  it('keeps active units only, in input order', () => {
    expect(result.units.map((u) => u.unitId)).toEqual(['kes', 'bap', 'sd1', 'cam']);
  });

  it('counts stages and review states per unit', () => {
    expect(row('kes').byStage).toEqual({ inisiatif: 1, uji_coba: 0, penerapan: 1 });
    expect(row('bap').byReviewState).toMatchObject({ dikembalikan: 1, dilaporkan: 1, draf: 0 });
    expect(row('cam').byStage).toEqual({ inisiatif: 0, uji_coba: 0, penerapan: 0 });
  });

  it('totals the region, including innovations of inactive or unknown units', () => {
    expect(result.region).toMatchObject({
      registered: 7,
      submitted: 5,
      target: 10,
      progressPercent: 50,
      units: 4,
      unitsWithQuota: 3,
      unitsBelow: 2,
      totalShortfall: 2,
      byStage: { inisiatif: 1, uji_coba: 1, penerapan: 5 },
      deadline: '2026-08-23T23:59:00+07:00',
      deadlinePassed: true,
    });
  });

  it('covers a basic-service affair only through innovations that count in the index', () => {
    // kesehatan: submitted Penerapan (counts); pendidikan: reported; sosial: inactive unit's, still the region's;
    // pendidikan draft and pupr marked not counting do not add anything.
    expect(result.region.basicService).toEqual({
      affairs: ['pendidikan', 'kesehatan', 'pupr', 'perkim', 'trantibum_linmas', 'sosial'],
      covered: ['pendidikan', 'kesehatan', 'sosial'],
      missing: ['pupr', 'perkim', 'trantibum_linmas'],
      required: 3,
      met: true,
    });
  });

  it.each([
    ['no target', { regionTarget: 0 }, [], null],
    ['nothing yet', { regionTarget: 100 }, [], 0],
    ['a third', { regionTarget: 3 }, [inn('a', 'diajukan')], 33.3],
    ['beyond the target', { regionTarget: 2 }, [inn('a', 'diajukan'), inn('a', 'diajukan'), inn('a', 'disahkan')], 150],
    ['drafts do not progress', { regionTarget: 2 }, [inn('a', 'draf')], 0],
  ])('progress: %s', (_label, input, list, percent) => {
    expect(monitorUnits(ObligationRules.parse(input), [unit('a', 'dinas')], list).region.progressPercent).toBe(percent);
  });

  it.each([
    ['before the deadline', '2026-08-23T16:58:59Z', false],
    ['at the deadline', '2026-08-23T16:59:00Z', true],
  ])('deadline %s', (_label, now, passed) => {
    expect(monitorUnits(rules, [], [], { now: new Date(now) }).region.deadlinePassed).toBe(passed);
  });

  it('has no deadline state without a clock or a deadline', () => {
    expect(monitorUnits(rules, [], []).region.deadlinePassed).toBeNull();
    expect(monitorUnits(defaultObligationRules, [], [], { now: new Date() }).region.deadlinePassed).toBeNull();
  });

  it('requires all six basic-service affairs unless the period says otherwise', () => {
    const all = monitorUnits(defaultObligationRules, [], [inn('a', 'diajukan', 'penerapan', 'kesehatan')]);
    expect(all.region.basicService).toMatchObject({ required: 6, met: false, covered: ['kesehatan'] });
    const explicit = monitorUnits(defaultObligationRules, [], [inn('a', 'draf', 'penerapan', 'kesehatan', true)]);
    expect(explicit.region.basicService.covered).toEqual(['kesehatan']);
    // A region's own added affair is never a basic-service one.
    const custom = monitorUnits(defaultObligationRules, [], [{ unitId: 'a', stage: 'penerapan', reviewState: 'diajukan', mainAffair: 'pariwisata_halal' }]);
    expect(custom.region.basicService.covered).toEqual([]);
  });

  it('lists the units to warn, largest shortfall first', () => {
    const m = monitorUnits(ObligationRules.parse({ defaultQuota: 3 }), [unit('b', 'dinas'), unit('a', 'dinas'), unit('c', 'dinas')], [inn('b', 'diajukan'), inn('c', 'diajukan'), inn('c', 'diajukan'), inn('c', 'diajukan')]);
    expect(unitsToWarn(m).map((u) => [u.unitId, u.shortfall])).toEqual([
      ['a', 3],
      ['b', 2],
    ]);
  });
});
