import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { UserList, UserListQuery } from '../../../../domain/contracts/users.js';
import { api } from '../../../lib/api.js';

export const usersKey = ['users'] as const;

export function useUsers(query: Partial<z.infer<typeof UserListQuery>>) {
  return useQuery({
    queryKey: [...usersKey, query],
    queryFn: ({ signal }) => api<z.infer<typeof UserList>>('/api/users', { query, signal }),
    placeholderData: keepPreviousData,
  });
}
