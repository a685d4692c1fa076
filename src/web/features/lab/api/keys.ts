/** Query keys and paths of the innovation lab: the cohort list and one entry per cohort (its plans inside). */
export const labKey = ['lab'] as const;
export const cohortsKey = [...labKey, 'cohorts'] as const;
export const cohortKey = (id: string) => [...labKey, 'cohort', id] as const;
export const cohortsPath = '/api/lab/cohorts';
export const cohortPath = (id: string) => `${cohortsPath}/${encodeURIComponent(id)}`;
export const planPath = (planId: string) => `/api/lab/plans/${encodeURIComponent(planId)}`;
export const milestonePath = (planId: string, milestoneId: string) => `${planPath(planId)}/milestones/${encodeURIComponent(milestoneId)}`;
export const evidenceUrl = (planId: string, milestoneId: string) => `${milestonePath(planId, milestoneId)}/evidence`;
