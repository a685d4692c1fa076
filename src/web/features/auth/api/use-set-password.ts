import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, forgetCsrfToken } from '../../../lib/api.js';
import { meQueryKey } from '../../../lib/session.js';

/** Accepts an invitation or completes a password reset. */
export function useSetPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { token: string; password: string }) =>
      api<{ ok: true }>('/api/auth/set-password', { method: 'POST', body: input }),
    onSuccess: () => {
      forgetCsrfToken();
      return queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
