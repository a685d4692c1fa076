import { useMutation } from '@tanstack/react-query';
import type { RegionAspect } from '../../../../domain/contracts/region-aspect.js';
import { api } from '../../../lib/api.js';
import { regionIndicatorPath } from './keys.js';
import { useApplyRegionAspect } from './use-region-aspect.js';

/** Saves the admin's option (0 clears) for one region indicator; its review starts over. */
export function useAnswerRegionIndicator(periodId: string) {
  const apply = useApplyRegionAspect();
  return useMutation({
    mutationFn: ({ code, option }: { code: string; option: number }) =>
      api<RegionAspect>(regionIndicatorPath(periodId, code), { method: 'PUT', body: { option } }),
    onSuccess: apply,
  });
}
