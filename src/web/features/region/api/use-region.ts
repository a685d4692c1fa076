import { useQuery } from '@tanstack/react-query';
import type { Region } from '../../../../domain/contracts/regions.js';
import { api } from '../../../lib/api.js';

export const regionKey = ['region'] as const;

export function useRegion() {
  return useQuery({ queryKey: regionKey, queryFn: () => api<Region>('/api/region'), staleTime: 5 * 60_000 });
}
