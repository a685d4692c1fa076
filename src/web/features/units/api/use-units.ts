import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UnitList, UnitListQuery } from '../../../../domain/contracts/units.js';
import { api } from '../../../lib/api.js';

export const unitsKey = ['units'] as const;

export function useUnits(query: Partial<UnitListQuery>, enabled = true) {
  return useQuery({
    queryKey: [...unitsKey, query],
    queryFn: ({ signal }) => api<z.infer<typeof UnitList>>('/api/units', { query, signal }),
    placeholderData: keepPreviousData,
    enabled,
  });
}
