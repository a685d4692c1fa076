import { useQuery } from '@tanstack/react-query';
import type { MyEntries } from '../../../../../domain/contracts/contests.js';
import { api } from '../../../../lib/api.js';
import { myEntriesKey } from './keys.js';

/** The caller's entries in every status, and the contests open for entry now. */
export function useMyEntries() {
  return useQuery({
    queryKey: myEntriesKey,
    queryFn: ({ signal }) => api<MyEntries>('/api/contest-entries/mine', { signal }),
  });
}
