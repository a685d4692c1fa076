import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ReviewDetail } from '../../../../domain/contracts/review.js';
import { innovationHistoryKey, innovationKey, innovationListKey } from '../../innovations/api/keys.js';
import { inboxKey, mentorStatsKey, reviewKey } from './keys.js';

/**
 * Every review change answers with the whole review, which replaces the cached one. The innovation
 * itself changed too (its review state, the indicators' review badges and the verified score),
 * as did the lists that show review states, so those are fetched again.
 */
export function useApplyReview() {
  const queryClient = useQueryClient();
  return useCallback(
    (detail: ReviewDetail) => {
      const id = detail.innovationId;
      queryClient.setQueryData(reviewKey(id), detail);
      for (const queryKey of [innovationKey(id), innovationHistoryKey(id), innovationListKey, inboxKey, mentorStatsKey]) {
        void queryClient.invalidateQueries({ queryKey });
      }
    },
    [queryClient],
  );
}
