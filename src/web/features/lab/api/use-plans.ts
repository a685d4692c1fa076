import { useMutation } from '@tanstack/react-query';
import type { ActionPlan, MilestoneInput } from '../../../../domain/contracts/lab.js';
import { api, fileBody } from '../../../lib/api.js';
import { cohortPath, evidenceUrl, milestonePath, planPath } from './keys.js';
import { useRefreshLab } from './use-cohorts.js';

/*
 * Plan changes send the plan's version; a stale one is refused (VERSION_CONFLICT) and the cohort is
 * fetched again either way, so the page shows what is stored now.
 */

export function useCreatePlan(cohortId: string) {
  const refresh = useRefreshLab();
  return useMutation({
    mutationFn: (innovationId: string) => api<ActionPlan>(`${cohortPath(cohortId)}/plans`, { method: 'POST', body: { innovationId } }),
    onSettled: refresh,
  });
}

export function useSaveMilestone(planId: string) {
  const refresh = useRefreshLab();
  return useMutation({
    mutationFn: ({ milestoneId, input }: { milestoneId: string | null; input: MilestoneInput }) =>
      api<ActionPlan>(milestoneId ? milestonePath(planId, milestoneId) : `${planPath(planId)}/milestones`, { method: milestoneId ? 'PUT' : 'POST', body: input }),
    onSettled: refresh,
  });
}

export function useRemoveMilestone(planId: string) {
  const refresh = useRefreshLab();
  return useMutation({
    mutationFn: ({ milestoneId, version }: { milestoneId: string; version: number }) => api<ActionPlan>(milestonePath(planId, milestoneId), { method: 'DELETE', query: { version } }),
    onSettled: refresh,
  });
}

export function useUploadMilestoneEvidence(planId: string) {
  const refresh = useRefreshLab();
  return useMutation({
    mutationFn: ({ milestoneId, file }: { milestoneId: string; file: File }) => api<ActionPlan>(evidenceUrl(planId, milestoneId), { method: 'POST', body: fileBody(file) }),
    onSettled: refresh,
  });
}

export function useSubmitPlan(planId: string) {
  const refresh = useRefreshLab();
  return useMutation({
    mutationFn: (version: number) => api<ActionPlan>(`${planPath(planId)}/submit`, { method: 'POST', body: { version } }),
    onSettled: refresh,
  });
}
