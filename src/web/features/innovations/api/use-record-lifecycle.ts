import { useMutation } from '@tanstack/react-query';
import type { InnovationDetail, LifecycleInput } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';
import { innovationPath } from './keys.js';
import { useApplyDetail } from './use-apply-detail.js';

/** Records the next lifecycle step; the stage follows from it on the server. */
export function useRecordLifecycle(id: string) {
  const apply = useApplyDetail();
  return useMutation({
    mutationFn: (input: LifecycleInput) => api<InnovationDetail>(`${innovationPath(id)}/lifecycle`, { method: 'POST', body: input }),
    onSuccess: apply,
  });
}
