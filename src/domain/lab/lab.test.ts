import { describe, expect, it } from 'vitest';
import { isMilestoneLate, planIncomplete, planProgress, unitPlanStatus, unitsWithoutPlan } from './plans.js';
import { currentStage, labStages, stageProblems, type StageDates } from './stages.js';

const cohort: StageDates[] = [
  { stage: 'drum_up', startsOn: '2026-01-05', endsOn: '2026-01-31' },
  { stage: 'diagnose', startsOn: '2026-02-01', endsOn: '2026-02-28' },
  { stage: 'design', startsOn: '2026-03-02', endsOn: '2026-03-31' },
  { stage: 'deliver', startsOn: '2026-04-01', endsOn: '2026-09-30' },
  { stage: 'display', startsOn: '2026-10-01', endsOn: '2026-10-31' },
];
const withStage = (i: number, patch: Partial<StageDates>) => cohort.map((s, j) => (j === i ? { ...s, ...patch } : s));

describe('lab stages', () => {
  it('are LAN’s five, in order', () => {
    expect(labStages).toEqual(['drum_up', 'diagnose', 'design', 'deliver', 'display']);
  });

  it.each([
    ['a valid cohort', cohort, []],
    ['a stage ending before it starts', withStage(1, { endsOn: '2026-01-30' }), [{ index: 1, field: 'endsOn', key: 'lab.stageEndBeforeStart' }]],
    ['a stage starting on the day the previous ends', withStage(2, { startsOn: '2026-02-28' }), [{ index: 2, field: 'startsOn', key: 'lab.stageOverlap' }]],
    ['a stage starting inside the previous', withStage(4, { startsOn: '2026-09-01' }), [{ index: 4, field: 'startsOn', key: 'lab.stageOverlap' }]],
    ['an impossible date', withStage(0, { endsOn: '2026-02-30' }), [{ index: 0, field: 'endsOn', key: 'lab.stageDate' }]],
    ['two stages swapped', [cohort[1]!, cohort[0]!, ...cohort.slice(2)], expect.arrayContaining([{ index: 0, field: 'stage', key: 'lab.stageOrder' }, { index: 1, field: 'stage', key: 'lab.stageOrder' }])],
    ['a missing stage', cohort.slice(0, 4), [{ index: 4, field: 'stage', key: 'lab.stageOrder' }]],
    ['an extra stage', [...cohort, cohort[4]!], expect.arrayContaining([{ index: 5, field: 'stage', key: 'lab.stageOrder' }])],
  ] as const)('%s', (_, stages, problems) => {
    expect(stageProblems(stages as StageDates[])).toEqual(problems);
  });

  it.each([
    ['2026-01-04T16:59:00Z', 'Asia/Jakarta', { phase: 'before', stage: 'drum_up' }],
    // 5 Jan 00:00 WIB is 4 Jan 17:00 UTC: the stage has begun in the region although not in UTC.
    ['2026-01-04T17:00:00Z', 'Asia/Jakarta', { phase: 'during', stage: 'drum_up' }],
    ['2026-02-28T16:30:00Z', 'Asia/Jakarta', { phase: 'during', stage: 'diagnose' }],
    // The same instant is already 1 March in WIT: between diagnose and design.
    ['2026-02-28T16:30:00Z', 'Asia/Jayapura', { phase: 'between', stage: 'design' }],
    ['2026-03-31T15:59:00Z', 'Asia/Makassar', { phase: 'during', stage: 'design' }],
    ['2026-03-31T16:00:00Z', 'Asia/Makassar', { phase: 'during', stage: 'deliver' }],
    ['2026-10-31T16:59:00Z', 'Asia/Jakarta', { phase: 'during', stage: 'display' }],
    ['2026-10-31T17:00:00Z', 'Asia/Jakarta', { phase: 'after', stage: null }],
  ] as const)('at %s in %s the cohort is %j', (now, zone, position) => {
    expect(currentStage(cohort, new Date(now), zone)).toEqual(position);
  });
});

describe('milestones', () => {
  it.each([
    [{ dueOn: '2026-05-01', status: 'belum' }, '2026-05-01', false],
    [{ dueOn: '2026-05-01', status: 'belum' }, '2026-05-02', true],
    [{ dueOn: '2026-05-01', status: 'berjalan' }, '2026-05-02', true],
    [{ dueOn: '2026-05-01', status: 'selesai' }, '2026-06-02', false],
  ] as const)('%j on %s is late: %s', (m, today, late) => {
    expect(isMilestoneLate(m, today)).toBe(late);
  });

  it('counts a plan’s progress', () => {
    const milestones = [
      { dueOn: '2026-04-01', status: 'selesai' },
      { dueOn: '2026-05-01', status: 'berjalan' },
      { dueOn: '2026-06-01', status: 'belum' },
      { dueOn: '2026-07-01', status: 'belum' },
    ] as const;
    expect(planProgress(milestones, '2026-05-15')).toEqual({ total: 4, done: 1, running: 1, late: 1, percent: 25 });
    expect(planProgress([], '2026-05-15')).toEqual({ total: 0, done: 0, running: 0, late: 0, percent: 0 });
  });

  it.each([
    [[], '2026-10-31', ['planNoMilestones']],
    [[{ title: 'Uji coba', owner: 'Kabid', dueOn: '2026-06-01' }], '2026-10-31', []],
    [[{ title: 'Uji coba', owner: ' ', dueOn: '2026-06-01' }], '2026-10-31', ['planMilestoneIncomplete']],
    [[{ title: 'Peluncuran', owner: 'Kadis', dueOn: '2026-11-01' }], '2026-10-31', ['planMilestoneAfterCohort']],
    [[{ title: 'Peluncuran', owner: 'Kadis', dueOn: '2026-11-01' }], null, []],
  ] as const)('a plan with %j (cohort ends %s) is missing %j', (milestones, lastDay, problems) => {
    expect(planIncomplete(milestones, lastDay)).toEqual(problems);
  });
});

describe('units without a plan', () => {
  const deadline = '2026-03-31T16:59:59Z';
  const units = [{ unitId: 'a' }, { unitId: 'b' }, { unitId: 'c' }, { unitId: 'd' }];
  const plans = [
    // a: one plan handed in on time (exactly at the deadline), another still open.
    { unitId: 'a', submittedAt: '2026-03-31T16:59:59Z' },
    { unitId: 'a', submittedAt: null },
    // b: handed in a day late.
    { unitId: 'b', submittedAt: new Date('2026-04-01T09:00:00Z') },
    // c: a plan begun, never handed in. d: nothing at all.
    { unitId: 'c', submittedAt: null },
  ];

  it.each([
    ['a', 'handedIn'],
    ['b', 'late'],
    ['c', 'missing'],
    ['d', 'missing'],
  ] as const)('unit %s is %s', (unitId, status) => {
    expect(unitPlanStatus(unitId, plans, deadline)).toBe(status);
  });

  it('lists nobody before the deadline has passed', () => {
    expect(unitsWithoutPlan(units, plans, deadline, new Date('2026-03-31T16:59:59Z'))).toEqual([]);
  });

  it('lists the late and the missing units once it has', () => {
    expect(unitsWithoutPlan(units, plans, deadline, new Date('2026-04-02T00:00:00Z'))).toEqual([
      { unitId: 'b', status: 'late' },
      { unitId: 'c', status: 'missing' },
      { unitId: 'd', status: 'missing' },
    ]);
  });
});
