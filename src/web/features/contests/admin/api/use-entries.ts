import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { EntryStatus } from '../../../../../domain/contests/contests.js';
import type { Entry, EntryList, SelectionInput } from '../../../../../domain/contracts/contests.js';
import { api, ApiError } from '../../../../lib/api.js';
import { contestEntriesKey, contestKey, contestPath, entryKey, entryPath } from './keys.js';

export type EntryFilters = { status?: EntryStatus; category?: string };

/** A contest's sent entries and their selection, filtered by status and category. */
export function useContestEntries(id: string, filters: EntryFilters) {
  return useQuery({
    queryKey: [...contestEntriesKey(id), filters],
    queryFn: ({ signal }) => api<EntryList>(`${contestPath(id)}/entries`, { query: filters, signal }),
    placeholderData: keepPreviousData,
  });
}

/** One entry as the admin reads it (content, files, declarations, selection). */
export function useEntry(entryId: string) {
  return useQuery({ queryKey: entryKey(entryId), queryFn: ({ signal }) => api<Entry>(entryPath(entryId), { signal }) });
}

/**
 * The administrative selection, sent with the entry's version as read; the list and the contest's
 * counts follow. On a VERSION_CONFLICT (decided meanwhile by someone else) the entry and the list are
 * fetched again: the admin sees the current decision, and a second try carries the new version.
 */
export function useSelectEntry(contestId: string, entryId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SelectionInput) => api<Entry>(`${entryPath(entryId)}/selection`, { method: 'POST', body: input }),
    onSuccess: (entry) => {
      queryClient.setQueryData(entryKey(entryId), entry);
      void queryClient.invalidateQueries({ queryKey: contestEntriesKey(contestId) });
      void queryClient.invalidateQueries({ queryKey: contestKey(contestId) });
    },
    onError: (err) => {
      if (!(err instanceof ApiError && err.code === 'VERSION_CONFLICT')) return;
      void queryClient.invalidateQueries({ queryKey: entryKey(entryId) });
      void queryClient.invalidateQueries({ queryKey: contestEntriesKey(contestId) });
    },
  });
}
