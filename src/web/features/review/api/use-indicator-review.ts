import { useMutation } from '@tanstack/react-query';
import type { IndicatorReviewInput, ReviewDetail } from '../../../../domain/contracts/review.js';
import { api } from '../../../lib/api.js';
import { reviewPath } from './keys.js';
import { useApplyReview } from './use-apply-review.js';

/** The mentor accepts one indicator's evidence, or returns it with a note saying what to fix. */
export function useIndicatorReview(id: string) {
  const apply = useApplyReview();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: IndicatorReviewInput }) =>
      api<ReviewDetail>(`${reviewPath(id)}/indicators/${encodeURIComponent(code)}`, { method: 'PUT', body: input }),
    onSuccess: apply,
  });
}
