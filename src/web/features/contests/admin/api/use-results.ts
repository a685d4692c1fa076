import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PublishResults, Results, ScoreAudit } from '../../../../../domain/contracts/contests.js';
import { api } from '../../../../lib/api.js';
import { contestKey, contestListKey, contestPath, resultsKey, scoreAuditKey } from './keys.js';

/** The ranking per category computed from one judging round, raw or normalised. */
export function useResults(id: string, query: { roundId: string; normalised: boolean }) {
  return useQuery({
    queryKey: [...resultsKey(id), query],
    queryFn: ({ signal }) => api<Results>(`${contestPath(id)}/results`, { query: { roundId: query.roundId, normalised: String(query.normalised) }, signal }),
    placeholderData: keepPreviousData,
    enabled: Boolean(query.roundId),
  });
}

/** Freezes the ranking, publishes the winners on the portal and tells the entrants. */
export function usePublishResults(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: PublishResults) => api<Results>(`${contestPath(id)}/results/publish`, { method: 'POST', body: input }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: resultsKey(id) });
      void queryClient.invalidateQueries({ queryKey: contestKey(id) });
      void queryClient.invalidateQueries({ queryKey: contestListKey });
    },
  });
}

/** Every score change with before and after; fetched only when asked for. */
export function useScoreAudit(id: string, enabled: boolean) {
  return useQuery({ queryKey: scoreAuditKey(id), queryFn: ({ signal }) => api<ScoreAudit>(`${contestPath(id)}/score-audit`, { signal }), enabled });
}
