import { useQuery } from '@tanstack/react-query';
import type { Me } from '../../../../domain/contracts/auth.js';
import { api, ApiError } from '../../../lib/api.js';
import { meQueryKey } from '../../../lib/session.js';

/** The signed-in account, or null when signed out. */
export function useMe() {
  return useQuery({
    queryKey: meQueryKey,
    queryFn: async (): Promise<Me | null> => {
      try {
        return await api<Me>('/api/auth/me');
      } catch (err) {
        if (err instanceof ApiError && err.status === 401) return null;
        throw err;
      }
    },
    staleTime: Infinity,
  });
}
