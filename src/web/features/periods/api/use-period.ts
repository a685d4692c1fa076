import { useQuery } from '@tanstack/react-query';
import type { PeriodDetail } from '../../../../domain/contracts/periods.js';
import { api } from '../../../lib/api.js';
import { periodsKey } from './use-periods.js';

/** One period with its indicator catalogue. */
export function usePeriod(id: string | undefined) {
  return useQuery({
    queryKey: [...periodsKey, id],
    queryFn: ({ signal }) => api<PeriodDetail>(`/api/periods/${id!}`, { signal }),
    enabled: Boolean(id),
  });
}
