import { useMutation } from '@tanstack/react-query';
import type { EvidenceLinkInput } from '../../../../domain/contracts/innovations.js';
import type { RegionAspect } from '../../../../domain/contracts/region-aspect.js';
import { api } from '../../../lib/api.js';
import { regionIndicatorPath } from './keys.js';
import { useApplyRegionAspect } from './use-region-aspect.js';

export function useAddRegionEvidenceLink(periodId: string) {
  const apply = useApplyRegionAspect();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: EvidenceLinkInput }) =>
      api<RegionAspect>(`${regionIndicatorPath(periodId, code)}/links`, { method: 'POST', body: input }),
    onSuccess: apply,
  });
}
