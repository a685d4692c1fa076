import { useQuery } from '@tanstack/react-query';
import type { Role } from '../../../../domain/roles.js';
import { api } from '../../../lib/api.js';

type DemoAccounts = { accounts: { email: string; role: Role }[]; password?: string };

export function useDemoAccounts() {
  return useQuery({
    queryKey: ['demo-accounts'],
    queryFn: () => api<DemoAccounts>('/api/auth/demo-accounts'),
    staleTime: Infinity,
  });
}
