import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.js';

export function useForgotPassword() {
  return useMutation({
    mutationFn: (email: string) => api<{ ok: true }>('/api/auth/forgot-password', { method: 'POST', body: { email } }),
  });
}
