import { useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api.js';

export const setupStatusKey = ['setup'] as const;

export function useSetupStatus() {
  return useQuery({
    queryKey: setupStatusKey,
    queryFn: () => api<{ needsSetup: boolean; demo: boolean }>('/api/setup'),
    staleTime: Infinity,
  });
}
