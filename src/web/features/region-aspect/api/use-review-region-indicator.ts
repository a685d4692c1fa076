import { useMutation } from '@tanstack/react-query';
import type { RegionAspect } from '../../../../domain/contracts/region-aspect.js';
import type { IndicatorReviewInput } from '../../../../domain/contracts/review.js';
import { api } from '../../../lib/api.js';
import { regionIndicatorPath } from './keys.js';
import { useApplyRegionAspect } from './use-region-aspect.js';

/** A mentor's or assessor's verdict on one answered region indicator; a return needs a note. */
export function useReviewRegionIndicator(periodId: string) {
  const apply = useApplyRegionAspect();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: IndicatorReviewInput }) =>
      api<RegionAspect>(`${regionIndicatorPath(periodId, code)}/review`, { method: 'PUT', body: input }),
    onSuccess: apply,
  });
}
