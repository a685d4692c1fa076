import { useMutation } from '@tanstack/react-query';
import type { EvidenceLinkInput } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';
import type { EvidenceEndpoints } from './evidence-endpoints.js';

export function useAddEvidenceLink<T>({ indicator, apply }: EvidenceEndpoints<T>) {
  return useMutation({
    mutationFn: (input: EvidenceLinkInput) => api<T>(`${indicator}/links`, { method: 'POST', body: input }),
    onSuccess: apply,
  });
}
