import { useMutation } from '@tanstack/react-query';
import type { CitizenRegisterInput } from '../../../../domain/contracts/citizens.js';
import { api } from '../../../lib/api.js';

/** Self-registration; the server answers the same whether or not the e-mail is taken (no account is revealed). */
export function useRegister() {
  return useMutation({
    mutationFn: (input: CitizenRegisterInput) => api<{ ok: true }>('/api/citizens/register', { method: 'POST', body: input }),
  });
}
