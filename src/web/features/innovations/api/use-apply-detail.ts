import { useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { InnovationDetail } from '../../../../domain/contracts/innovations.js';
import { reviewKey } from '../../review/api/keys.js';
import { innovationHistoryKey, innovationKey, innovationListKey } from './keys.js';

/**
 * Every change answers with the whole detail: it replaces the cached one (so the header, the panel
 * and the forms update at once), and lists and history are fetched again when next shown.
 */
export function useApplyDetail() {
  const queryClient = useQueryClient();
  return useCallback(
    (detail: InnovationDetail) => {
      // Answers arriving out of order must not put an older version back.
      queryClient.setQueryData<InnovationDetail>(innovationKey(detail.innovation.id), (cached) =>
        cached && cached.innovation.version > detail.innovation.version ? cached : detail,
      );
      void queryClient.invalidateQueries({ queryKey: innovationListKey });
      void queryClient.invalidateQueries({ queryKey: innovationHistoryKey(detail.innovation.id) });
      // A changed answer or evidence sends the indicator back to the mentor (and maybe the innovation with it).
      void queryClient.invalidateQueries({ queryKey: reviewKey(detail.innovation.id) });
    },
    [queryClient],
  );
}
