import { useMutation } from '@tanstack/react-query';
import type { AnswerInput, InnovationDetail } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';
import { innovationPath } from './keys.js';
import { useApplyDetail } from './use-apply-detail.js';

/** Saves one indicator answer; the response carries the recalculated assessment. */
export function useAnswerIndicator(id: string) {
  const apply = useApplyDetail();
  return useMutation({
    mutationFn: ({ code, input }: { code: string; input: AnswerInput }) =>
      api<InnovationDetail>(`${innovationPath(id)}/indicators/${encodeURIComponent(code)}`, { method: 'PUT', body: input }),
    onSuccess: apply,
  });
}
