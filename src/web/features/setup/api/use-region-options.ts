import { useQuery } from '@tanstack/react-query';
import type { RegionOption } from '../../../../domain/contracts/regions.js';
import { api } from '../../../lib/api.js';

export function useRegionOptions() {
  return useQuery({
    queryKey: ['regions', 'options'],
    queryFn: () => api<RegionOption[]>('/api/regions/options'),
    staleTime: Infinity,
  });
}
