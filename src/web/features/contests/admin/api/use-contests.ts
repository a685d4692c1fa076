import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Contest, ContestCreate, ContestList, ContestUpdate } from '../../../../../domain/contracts/contests.js';
import { api } from '../../../../lib/api.js';
import { contestKey, contestListKey, contestPath, contestsPath } from './keys.js';

/** The region's contests (admin). */
export function useContests() {
  return useQuery({ queryKey: contestListKey, queryFn: ({ signal }) => api<ContestList>(contestsPath, { signal }) });
}

/** One contest with its whole setup, its rounds' states and entry counts. */
export function useContest(id: string) {
  return useQuery({ queryKey: contestKey(id), queryFn: ({ signal }) => api<Contest>(contestPath(id), { signal }) });
}

/** A changed contest replaces the cached one; the list follows. */
function useApplyContest() {
  const queryClient = useQueryClient();
  return (contest: Contest) => {
    queryClient.setQueryData(contestKey(contest.id), contest);
    void queryClient.invalidateQueries({ queryKey: contestListKey });
  };
}

/** A new draft contest filled from a template. */
export function useCreateContest() {
  const apply = useApplyContest();
  return useMutation({ mutationFn: (input: ContestCreate) => api<Contest>(contestsPath, { method: 'POST', body: input }), onSuccess: apply });
}

/** Saves the whole setup with the version read (a newer one is refused). */
export function useUpdateContest(id: string) {
  const apply = useApplyContest();
  return useMutation({ mutationFn: (input: ContestUpdate) => api<Contest>(contestPath(id), { method: 'PATCH', body: input }), onSuccess: apply });
}

/** Puts the contest on the portal (/lomba/<slug>). */
export function usePublishContest(id: string) {
  const apply = useApplyContest();
  return useMutation({ mutationFn: () => api<Contest>(`${contestPath(id)}/publish`, { method: 'POST' }), onSuccess: apply });
}

/** After a VERSION_CONFLICT: shows the stored contest (the error carries it), dropping the edits made on the stale one. */
export function useReloadContest(id: string) {
  const queryClient = useQueryClient();
  return (current: Contest | undefined) => {
    if (current?.id === id) queryClient.setQueryData(contestKey(id), current);
    else void queryClient.invalidateQueries({ queryKey: contestKey(id) });
  };
}
