import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Me, SignInInput } from '../../../../domain/contracts/auth.js';
import { api } from '../../../lib/api.js';
import { startSession } from '../../../lib/session.js';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SignInInput) => api<Me>('/api/auth/sign-in', { method: 'POST', body: input }),
    onSuccess: (me) => startSession(queryClient, me),
  });
}
