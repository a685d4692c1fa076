import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { PeriodDuties } from '../../../../domain/contracts/monitoring.js';
import { api } from '../../../lib/api.js';
import { dutiesKey, dutiesPath, monitoringKey } from './keys.js';

/** A period's unit quotas, target, deadline and reminder days. */
export function useDuties(periodId: string, enabled = true) {
  return useQuery({
    queryKey: dutiesKey(periodId),
    queryFn: ({ signal }) => api<PeriodDuties>(dutiesPath(periodId), { signal }),
    enabled,
  });
}

/** Replaces a period's duties (admins only); every unit's quota and the region's progress change with them. */
export function useUpdateDuties() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ periodId, input }: { periodId: string; input: PeriodDuties }) => api<PeriodDuties>(dutiesPath(periodId), { method: 'PUT', body: input }),
    onSuccess: (duties, { periodId }) => {
      queryClient.setQueryData(dutiesKey(periodId), duties);
      return queryClient.invalidateQueries({ queryKey: monitoringKey, predicate: (q) => q.queryKey[1] === 'report' });
    },
  });
}
