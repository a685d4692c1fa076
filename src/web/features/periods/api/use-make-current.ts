import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PeriodDetail } from '../../../../domain/contracts/periods.js';
import { api } from '../../../lib/api.js';
import { periodsKey } from './use-periods.js';

/** Makes a period the region's current one; the previous current period stops being current. */
export function useMakeCurrent() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<PeriodDetail>(`/api/periods/${id}/current`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodsKey }),
  });
}
