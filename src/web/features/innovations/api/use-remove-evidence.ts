import { useMutation } from '@tanstack/react-query';
import { api } from '../../../lib/api.js';
import type { EvidenceEndpoints } from './evidence-endpoints.js';

export function useRemoveEvidence<T>({ evidence, apply }: EvidenceEndpoints<T>) {
  return useMutation({
    mutationFn: (evidenceId: string) => api<T>(evidence(evidenceId), { method: 'DELETE' }),
    onSuccess: apply,
  });
}
