import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Entry, EntryCreate, EntryFile, EntryUpdate } from '../../../../../domain/contracts/contests.js';
import { api, apiUrl, fileBody } from '../../../../lib/api.js';
import { useUpload } from '../../../innovations/api/use-upload.js';
import { contestEntriesKey, entryKey, entryPath } from './keys.js';

/** One entry as its entrant sees it (with the contest's form and what the entrant may do). */
export function useEntry(id: string) {
  return useQuery({
    queryKey: entryKey(id),
    queryFn: ({ signal }) => api<Entry>(entryPath(id), { signal }),
  });
}

/** Every change answers with the whole entry: it replaces the cached one and the list follows. */
function useApplyEntry() {
  const queryClient = useQueryClient();
  return (entry: Entry) => {
    queryClient.setQueryData(entryKey(entry.id), entry);
    return queryClient.invalidateQueries({ queryKey: contestEntriesKey, predicate: (q) => q.queryKey[1] !== 'one' });
  };
}

/** "Ikut": a draft entry in an open contest (409 CONTEST_CLOSED once registration has closed). */
export function useCreateEntry() {
  const apply = useApplyEntry();
  return useMutation({
    mutationFn: ({ contestId, input }: { contestId: string; input: EntryCreate }) =>
      api<Entry>(`/api/contests/${encodeURIComponent(contestId)}/entries`, { method: 'POST', body: input }),
    onSuccess: apply,
  });
}

/** Saves the draft, or revises a sent entry while registration is open. */
export function useSaveEntry(id: string) {
  const apply = useApplyEntry();
  return useMutation({
    mutationFn: (input: EntryUpdate) => api<Entry>(entryPath(id), { method: 'PATCH', body: input }),
    onSuccess: apply,
  });
}

/** Sends the entry: the server checks every required field and the eligibility rules (400 with field errors). */
export function useSubmitEntry(id: string) {
  const apply = useApplyEntry();
  return useMutation({
    mutationFn: () => api<Entry>(`${entryPath(id)}/submit`, { method: 'POST' }),
    onSuccess: apply,
  });
}

/** After a file change the entry is fetched again: its file list (and version) changed on the server. */
function useRefreshEntry(id: string) {
  const queryClient = useQueryClient();
  return () => queryClient.invalidateQueries({ queryKey: entryKey(id) });
}

/**
 * One file for a `berkas` field, with its progress (files go up to 10 MB) and a cancel; the server
 * judges its type by the bytes and its size (415 / 413). One upload at a time: starting another
 * would abort this one, so the caller keeps the pickers disabled while one is pending.
 */
export function useEntryFileUpload(id: string, onDone: (file: EntryFile) => void) {
  const refresh = useRefreshEntry(id);
  const upload = useUpload<EntryFile>((file) => {
    void refresh();
    onDone(file);
  });
  return { ...upload, send: (field: string, file: File) => upload.start(apiUrl(`${entryPath(id)}/files`, { field }), () => fileBody(file)) };
}

export function useDeleteEntryFile(id: string) {
  const refresh = useRefreshEntry(id);
  return useMutation({
    mutationFn: (fileId: string) => api<unknown>(`${entryPath(id)}/files/${encodeURIComponent(fileId)}`, { method: 'DELETE' }),
    onSettled: refresh,
  });
}
