import { useQuery } from '@tanstack/react-query';
import type { MentorStatsList } from '../../../../domain/contracts/review.js';
import { api } from '../../../lib/api.js';
import { mentorStatsKey } from './keys.js';

/** Workload, return rate and turnaround per mentor. Admins only: others would get a 403. */
export function useMentorStats(enabled: boolean) {
  return useQuery({
    queryKey: mentorStatsKey,
    queryFn: ({ signal }) => api<MentorStatsList>('/api/review/mentors', { signal }),
    enabled,
  });
}
