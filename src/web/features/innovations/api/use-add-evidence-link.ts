import { useMutation } from '@tanstack/react-query';
import type { EvidenceLinkInput, InnovationDetail } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';
import { innovationPath } from './keys.js';
import { useApplyDetail } from './use-apply-detail.js';

export function useAddEvidenceLink(id: string) {
  const apply = useApplyDetail();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: EvidenceLinkInput }) =>
      api<InnovationDetail>(`${innovationPath(id)}/indicators/${encodeURIComponent(code)}/links`, { method: 'POST', body: input }),
    onSuccess: apply,
  });
}
