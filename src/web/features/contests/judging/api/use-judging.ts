import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ConflictInput, EntryScores, JudgeEntry, JudgeRound, JudgeRounds, SheetInput } from '../../../../../domain/contracts/contests.js';
import { api } from '../../../../lib/api.js';
import { entryScoresKey, judgeEntryKey, judgeEntryPath, judgeRoundKey, judgeRoundsKey, judgingKey, roundPath } from './keys.js';

/** The caller's judging rounds with their progress. */
export function useJudgeRounds() {
  return useQuery({ queryKey: judgeRoundsKey, queryFn: ({ signal }) => api<JudgeRounds>('/api/judging', { signal }) });
}

/** One round as this judge sees it: the passed entries, which are theirs, their sheets' state; the chair's team. */
export function useJudgeRound(roundId: string) {
  return useQuery({ queryKey: judgeRoundKey(roundId), queryFn: ({ signal }) => api<JudgeRound>(roundPath(roundId), { signal }) });
}

/** An assigned entry with the caller's own sheet (404 when not assigned or conflicted). */
export function useJudgeEntry(roundId: string, entryId: string) {
  return useQuery({
    queryKey: judgeEntryKey(roundId, entryId),
    queryFn: ({ signal }) => api<JudgeEntry>(judgeEntryPath(roundId, entryId), { signal }),
    // A 404 (not assigned, or conflicted) will not change by asking again.
    retry: false,
  });
}

/** GET …/scores: every judge's sheet on the entry — the chair only. */
export function useEntryScores(roundId: string, entryId: string, enabled: boolean) {
  return useQuery({
    queryKey: entryScoresKey(roundId, entryId),
    queryFn: ({ signal }) => api<EntryScores>(`${judgeEntryPath(roundId, entryId)}/scores`, { signal }),
    enabled,
    retry: false,
  });
}

/** Saves the caller's whole sheet (409 ROUND_CLOSED from the round's close instant on). */
export function useSaveSheet(roundId: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SheetInput) => api<unknown>(`${judgeEntryPath(roundId, entryId)}/sheet`, { method: 'PUT', body: input }),
    // The sheet, the round's progress and the list's progress all change.
    onSettled: () => queryClient.invalidateQueries({ queryKey: judgingKey }),
  });
}

/** Declares a conflict of interest (or recuses): the entry leaves the caller's sheets. Answers the round. */
export function useDeclareConflict(roundId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ConflictInput) => api<JudgeRound>(`${roundPath(roundId)}/conflicts`, { method: 'POST', body: input }),
    onSuccess: (round) => {
      queryClient.setQueryData(judgeRoundKey(roundId), round);
      return queryClient.invalidateQueries({ queryKey: judgingKey, predicate: (q) => q.queryKey[1] !== 'round' });
    },
  });
}
