import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { History } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';
import { innovationHistoryKey, innovationPath } from './keys.js';

export type HistoryEntry = z.infer<typeof History>['items'][number];

export function useInnovationHistory(id: string) {
  return useQuery({
    queryKey: innovationHistoryKey(id),
    queryFn: ({ signal }) => api<z.infer<typeof History>>(`${innovationPath(id)}/history`, { signal }),
  });
}
