import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PeriodDetail, PeriodUpdate } from '../../../../domain/contracts/periods.js';
import { api } from '../../../lib/api.js';
import { periodsKey } from './use-periods.js';

/** Replaces the given parameter groups of a period. */
export function useUpdatePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: PeriodUpdate }) => api<PeriodDetail>(`/api/periods/${id}`, { method: 'PATCH', body: input }),
    onSuccess: (period) => {
      queryClient.setQueryData([...periodsKey, period.id], period);
      return queryClient.invalidateQueries({ queryKey: periodsKey });
    },
  });
}
