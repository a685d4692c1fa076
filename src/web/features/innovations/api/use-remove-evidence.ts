import { useMutation } from '@tanstack/react-query';
import type { InnovationDetail } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';
import { innovationPath } from './keys.js';
import { useApplyDetail } from './use-apply-detail.js';

export function useRemoveEvidence(id: string) {
  const apply = useApplyDetail();
  return useMutation({
    mutationFn: (evidenceId: string) => api<InnovationDetail>(`${innovationPath(id)}/evidence/${evidenceId}`, { method: 'DELETE' }),
    onSuccess: apply,
  });
}
