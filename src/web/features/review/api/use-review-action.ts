import { useMutation } from '@tanstack/react-query';
import type { ReviewActionInput, ReviewDetail } from '../../../../domain/contracts/review.js';
import { api } from '../../../lib/api.js';
import { reviewPath } from './keys.js';
import { useApplyReview } from './use-apply-review.js';

/** Moves the innovation through the review (submit, return, verify, sign off…); a refused guard answers 409. */
export function useReviewAction(id: string) {
  const apply = useApplyReview();
  return useMutation({
    mutationFn: (input: ReviewActionInput) => api<ReviewDetail>(reviewPath(id), { method: 'POST', body: input }),
    onSuccess: apply,
  });
}
