import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CohortDetail, CohortInput, CohortList } from '../../../../domain/contracts/lab.js';
import { api } from '../../../lib/api.js';
import { monitoringKey } from '../../monitoring/api/keys.js';
import { cohortKey, cohortPath, cohortsKey, cohortsPath, labKey } from './keys.js';

/** The cohorts the reader sees (an operator: those their units take part in), newest first. */
export function useCohorts() {
  return useQuery({ queryKey: cohortsKey, queryFn: ({ signal }) => api<CohortList>(cohortsPath, { signal }) });
}

/** One cohort with its stages, participants, ideas in diagnose and the plans the reader may see. */
export function useCohort(id: string) {
  return useQuery({ queryKey: cohortKey(id), queryFn: ({ signal }) => api<CohortDetail>(cohortPath(id), { signal }) });
}

/** Every change answers with the whole cohort: it replaces the cached one; the list and the monitoring follow. */
function useApplyCohort() {
  const queryClient = useQueryClient();
  return (cohort: CohortDetail) => {
    queryClient.setQueryData(cohortKey(cohort.id), cohort);
    void queryClient.invalidateQueries({ queryKey: cohortsKey });
    void queryClient.invalidateQueries({ queryKey: monitoringKey });
  };
}

/** Creates a cohort, or saves an existing one whole (admins only). */
export function useSaveCohort(id: string | null) {
  const apply = useApplyCohort();
  return useMutation({
    mutationFn: (input: CohortInput) => api<CohortDetail>(id ? cohortPath(id) : cohortsPath, { method: id ? 'PUT' : 'POST', body: input }),
    onSuccess: apply,
  });
}

/** Takes a published idea into, or out of, the cohort's diagnose stage. */
export function useCohortIdea(id: string) {
  const apply = useApplyCohort();
  return useMutation({
    mutationFn: ({ ideaId, remove }: { ideaId: string; remove?: boolean }) =>
      remove
        ? api<CohortDetail>(`${cohortPath(id)}/ideas/${encodeURIComponent(ideaId)}`, { method: 'DELETE' })
        : api<CohortDetail>(`${cohortPath(id)}/ideas`, { method: 'POST', body: { ideaId } }),
    onSuccess: apply,
  });
}

/** After a plan changed: the cohort (statuses, counts) is fetched again, and so is the monitoring. */
export function useRefreshLab() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: labKey });
    void queryClient.invalidateQueries({ queryKey: monitoringKey });
  };
}
