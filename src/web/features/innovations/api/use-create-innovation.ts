import { useMutation } from '@tanstack/react-query';
import type { InnovationCreate, InnovationDetail } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';
import { useApplyDetail } from './use-apply-detail.js';

export function useCreateInnovation() {
  const apply = useApplyDetail();
  return useMutation({
    mutationFn: (input: InnovationCreate) => api<InnovationDetail>('/api/innovations', { method: 'POST', body: input }),
    onSuccess: apply,
  });
}
