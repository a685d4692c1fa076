import { expect } from 'vitest';
import { ideas } from '../../db/schema.js';
import type { ScopingPart } from '../scoping-parts.js';

const stages = [
  { stage: 'drum_up', startsOn: '2026-01-05', endsOn: '2026-01-31' },
  { stage: 'diagnose', startsOn: '2026-02-01', endsOn: '2026-03-31' },
  { stage: 'design', startsOn: '2026-04-01', endsOn: '2026-12-31' },
  { stage: 'deliver', startsOn: '2027-01-01', endsOn: '2027-09-30' },
  { stage: 'display', startsOn: '2027-10-01', endsOn: '2027-10-31' },
];
const pdf = () => ({ content: Buffer.from(`%PDF-1.4\n% bukti lab ${Math.random()}\n%%EOF\n`), fileName: 'bukti-lab.pdf' });

/**
 * The lab routes in the access matrix (see scoping.test.ts for what each flag means). Region A
 * holds a cohort with unit A1, an idea in its diagnose stage, and A1's plan with a milestone and
 * an evidence file; region B's callers use those ids.
 */
export const labScoping: ScopingPart = {
  seed: async ({ t, regionA, unitA1, adminA, operatorA, ids }) => {
    const [idea] = await t.db
      .insert(ideas)
      .values({ regionId: regionA, authorId: ids.userA, title: 'Ide Lab Alfa Rahasia', problem: 'Masalah Alfa', solution: 'Solusi Alfa', status: 'terbit' })
      .returning();
    const cohort = await adminA.post('/api/lab/cohorts', { name: 'Kohort Alfa Rahasia', stages, planDeadline: '2027-01-31T23:59:00+07:00', unitIds: [unitA1] });
    expect(cohort.statusCode, cohort.body).toBe(201);
    const labCohortA = cohort.json().id as string;
    expect((await adminA.post(`/api/lab/cohorts/${labCohortA}/ideas`, { ideaId: idea!.id })).statusCode).toBe(200);
    const plan = await operatorA.post(`/api/lab/cohorts/${labCohortA}/plans`, { innovationId: ids.innovationA });
    expect(plan.statusCode, plan.body).toBe(201);
    const labPlanA = plan.json().id as string;
    const withMilestone = await operatorA.post(`/api/lab/plans/${labPlanA}/milestones`, { version: 1, title: 'Tonggak Alfa Rahasia', owner: 'Kabid Alfa', dueOn: '2027-02-01' });
    expect(withMilestone.statusCode, withMilestone.body).toBe(200);
    const labMilestoneA = withMilestone.json().milestones[0].id as string;
    const evidence = await operatorA.upload(`/api/lab/plans/${labPlanA}/milestones/${labMilestoneA}/evidence`, Buffer.from('%PDF-1.4\n% rencana aksi alfa\n%%EOF\n'), 'rai-alfa.pdf');
    expect(evidence.statusCode, evidence.body).toBe(200);
    return { ids: { labCohortA, labIdeaA: idea!.id, labPlanA, labMilestoneA }, markers: [labCohortA, labPlanA, labMilestoneA, idea!.id, 'Kohort Alfa Rahasia', 'Tonggak Alfa', 'Kabid Alfa', 'Ide Lab Alfa'] };
  },
  rows: {
    'GET /api/lab/cohorts': { call: () => ({ method: 'GET', url: '/api/lab/cohorts' }) },
    'POST /api/lab/cohorts': {
      foreign: true,
      adminB: 400,
      call: (ids) => ({ method: 'POST', url: '/api/lab/cohorts', body: { name: 'Kohort Beta', stages, planDeadline: '2027-01-31T23:59:00+07:00', unitIds: [ids.unitA1] } }),
    },
    'GET /api/lab/cohorts/{id}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/lab/cohorts/${ids.labCohortA}` }) },
    'PUT /api/lab/cohorts/{id}': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'PUT', url: `/api/lab/cohorts/${ids.labCohortA}`, body: { name: 'Dibajak Beta', stages, planDeadline: '2027-01-31T23:59:00+07:00', unitIds: [] } }),
    },
    'POST /api/lab/cohorts/{id}/ideas': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/lab/cohorts/${ids.labCohortA}/ideas`, body: { ideaId: ids.labIdeaA } }) },
    'DELETE /api/lab/cohorts/{id}/ideas/{ideaId}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'DELETE', url: `/api/lab/cohorts/${ids.labCohortA}/ideas/${ids.labIdeaA}` }) },
    'POST /api/lab/cohorts/{id}/plans': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/lab/cohorts/${ids.labCohortA}/plans`, body: { innovationId: ids.innovationA } }) },
    'GET /api/lab/plans/{planId}': { foreign: true, adminB: 404, call: (ids) => ({ method: 'GET', url: `/api/lab/plans/${ids.labPlanA}` }) },
    'POST /api/lab/plans/{planId}/milestones': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'POST', url: `/api/lab/plans/${ids.labPlanA}/milestones`, body: { version: 2, title: 'Dibajak Beta', owner: 'Beta', dueOn: '2027-02-01' } }),
    },
    'PUT /api/lab/plans/{planId}/milestones/{milestoneId}': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'PUT', url: `/api/lab/plans/${ids.labPlanA}/milestones/${ids.labMilestoneA}`, body: { version: 3, title: 'Dibajak Beta', owner: 'Beta', dueOn: '2027-02-01', status: 'selesai' } }),
    },
    'DELETE /api/lab/plans/{planId}/milestones/{milestoneId}': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'DELETE', url: `/api/lab/plans/${ids.labPlanA}/milestones/${ids.labMilestoneA}?version=3` }),
    },
    'POST /api/lab/plans/{planId}/milestones/{milestoneId}/evidence': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'POST', url: `/api/lab/plans/${ids.labPlanA}/milestones/${ids.labMilestoneA}/evidence`, upload: pdf() }),
    },
    'GET /api/lab/plans/{planId}/milestones/{milestoneId}/evidence': {
      foreign: true,
      adminB: 404,
      call: (ids) => ({ method: 'GET', url: `/api/lab/plans/${ids.labPlanA}/milestones/${ids.labMilestoneA}/evidence` }),
    },
    'POST /api/lab/plans/{planId}/submit': { foreign: true, adminB: 404, call: (ids) => ({ method: 'POST', url: `/api/lab/plans/${ids.labPlanA}/submit`, body: { version: 3 } }) },
  },
};
