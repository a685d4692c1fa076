import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserUpdate } from '../../../../domain/contracts/users.js';
import { api } from '../../../lib/api.js';
import { usersKey } from './use-users.js';

/** Edits an account; `{ active: false }` deactivates it. */
export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UserUpdate }) =>
      api<User>(`/api/users/${id}`, { method: 'PATCH', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
