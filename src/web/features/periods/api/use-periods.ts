import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { PeriodList } from '../../../../domain/contracts/periods.js';
import { api } from '../../../lib/api.js';

export const periodsKey = ['periods'] as const;

export function usePeriods() {
  return useQuery({
    queryKey: periodsKey,
    queryFn: ({ signal }) => api<z.infer<typeof PeriodList>>('/api/periods', { signal }),
  });
}
