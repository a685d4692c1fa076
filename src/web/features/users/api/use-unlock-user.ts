import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User } from '../../../../domain/contracts/users.js';
import { api } from '../../../lib/api.js';
import { usersKey } from './use-users.js';

export function useUnlockUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => api<User>(`/api/users/${id}/unlock`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
