import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me } from '../../../../domain/contracts/auth.js';
import { api } from '../../../lib/api.js';
import { startSession } from '../../../lib/session.js';

/** Confirms the e-mail with the link's token; the server signs the person in and answers the account. */
export function useVerifyEmail() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (token: string) => api<Me>('/api/citizens/verify', { method: 'POST', body: { token } }),
    onSuccess: (me) => startSession(queryClient, me),
  });
}
