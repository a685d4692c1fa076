import { useQuery } from '@tanstack/react-query';
import type { FollowList } from '../../../../domain/contracts/citizens.js';
import { api } from '../../../lib/api.js';

export const followsKey = ['follows'] as const;

/** The signed-in account's follows, newest first. */
export function useFollows() {
  return useQuery({
    queryKey: followsKey,
    queryFn: ({ signal }) => api<FollowList>('/api/follows', { signal }),
  });
}
