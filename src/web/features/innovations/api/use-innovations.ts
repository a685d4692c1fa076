import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { InnovationList, InnovationListQuery } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';
import { innovationListKey } from './keys.js';

export type InnovationFilters = Partial<InnovationListQuery>;

export function useInnovations(query: InnovationFilters) {
  return useQuery({
    queryKey: [...innovationListKey, query],
    queryFn: ({ signal }) => api<z.infer<typeof InnovationList>>('/api/innovations', { query, signal }),
    placeholderData: keepPreviousData,
  });
}
