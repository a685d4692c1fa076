import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { RegionAspect } from '../../../../domain/contracts/region-aspect.js';
import { api } from '../../../lib/api.js';
import { monitoringKey } from '../../monitoring/api/keys.js';
import { regionAspectKey, regionAspectPath } from './keys.js';

/** The region's SPD answers, evidence and reviews in one period, with the SPD score claimed and verified. */
export function useRegionAspect(periodId: string | undefined) {
  return useQuery({
    queryKey: regionAspectKey(periodId ?? ''),
    queryFn: ({ signal }) => api<RegionAspect>(regionAspectPath(periodId!), { signal }),
    enabled: Boolean(periodId),
  });
}

/**
 * Every change answers with the whole aspect: it replaces the cached one. The region's IID moves
 * with it, so the monitoring and the simulator's registry are fetched again when next shown.
 */
export function useApplyRegionAspect() {
  const queryClient = useQueryClient();
  return useCallback(
    (aspect: RegionAspect) => {
      queryClient.setQueryData(regionAspectKey(aspect.periodId), aspect);
      void queryClient.invalidateQueries({ queryKey: monitoringKey });
      void queryClient.invalidateQueries({ queryKey: ['iid-registry'] });
    },
    [queryClient],
  );
}
