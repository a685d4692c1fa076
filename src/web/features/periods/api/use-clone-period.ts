import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { PeriodDetail } from '../../../../domain/contracts/periods.js';
import { api } from '../../../lib/api.js';
import { periodsKey } from './use-periods.js';

/** Copies a period, parameters and catalogue, to a new year; 409 when the year is taken. */
export function useClonePeriod() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, year }: { id: string; year: number }) => api<PeriodDetail>(`/api/periods/${id}/clone`, { method: 'POST', body: { year } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: periodsKey }),
  });
}
