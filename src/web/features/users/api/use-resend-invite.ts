import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.js';

export function useResendInvite() {
  return useMutation({
    mutationFn: (id: string) => api<{ ok: true }>(`/api/users/${id}/resend-invite`, { method: 'POST' }),
  });
}
