import { useQuery } from '@tanstack/react-query';
import type { InnovationDetail } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';
import { innovationKey, innovationPath } from './keys.js';

/** One innovation with its lifecycle and assessment. */
export function useInnovation(id: string | undefined) {
  return useQuery({
    queryKey: innovationKey(id ?? ''),
    queryFn: ({ signal }) => api<InnovationDetail>(innovationPath(id!), { signal }),
    enabled: Boolean(id),
  });
}
