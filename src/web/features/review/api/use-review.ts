import { useQuery } from '@tanstack/react-query';
import type { ReviewDetail } from '../../../../domain/contracts/review.js';
import { api } from '../../../lib/api.js';
import { reviewKey, reviewPath } from './keys.js';

/** One innovation's review: state, what this person may do now, the checklist and the timeline. */
export function useReview(id: string | undefined) {
  return useQuery({
    queryKey: reviewKey(id ?? ''),
    queryFn: ({ signal }) => api<ReviewDetail>(reviewPath(id!), { signal }),
    enabled: Boolean(id),
  });
}
