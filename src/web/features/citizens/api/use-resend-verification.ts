import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.js';

/** Mails a new verification link; always answered alike, so it says nothing about the account. */
export function useResendVerification() {
  return useMutation({
    mutationFn: (email: string) => api<{ ok: true }>('/api/citizens/resend-verification', { method: 'POST', body: { email } }),
  });
}
