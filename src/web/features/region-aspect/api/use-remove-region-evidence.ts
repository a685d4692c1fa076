import { useMutation } from '@tanstack/react-query';
import type { RegionAspect } from '../../../../domain/contracts/region-aspect.js';
import { api } from '../../../lib/api.js';
import { regionAspectPath } from './keys.js';
import { useApplyRegionAspect } from './use-region-aspect.js';

export function useRemoveRegionEvidence(periodId: string) {
  const apply = useApplyRegionAspect();
  return useMutation({
    mutationFn: (evidenceId: string) => api<RegionAspect>(`${regionAspectPath(periodId)}/evidence/${encodeURIComponent(evidenceId)}`, { method: 'DELETE' }),
    onSuccess: apply,
  });
}
