import { useMutation } from '@tanstack/react-query';
import type { InnovationDetail } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';
import { innovationKey, innovationPath } from './keys.js';
import { useApplyDetail } from './use-apply-detail.js';

/** Carries an innovation into the next period; answers with the NEW innovation, the old one turns read-only. */
export function useCarryOver(id: string) {
  const apply = useApplyDetail();
  return useMutation({
    mutationFn: (note: string) => api<InnovationDetail>(`${innovationPath(id)}/carry-over`, { method: 'POST', body: { note } }),
    onSuccess: (detail, _note, _result, context) => {
      apply(detail);
      // The old version changed too (read-only, link to the new one).
      return context.client.invalidateQueries({ queryKey: innovationKey(id) });
    },
  });
}
