import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { User, UserInvite } from '../../../../domain/contracts/users.js';
import { api } from '../../../lib/api.js';
import { usersKey } from './use-users.js';

/** Creates the account and e-mails an invitation link to set a password. */
export function useInviteUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UserInvite) => api<User>('/api/users', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: usersKey }),
  });
}
