import { useQuery } from '@tanstack/react-query';
import type { InnovationList } from '../../../../../domain/contracts/innovations.js';
import { api } from '../../../../lib/api.js';

/** An operator's unit's innovations, to enter one of them as the unit (title and summary are prefilled from it). */
export function useUnitInnovations(unitId: string | null) {
  return useQuery({
    queryKey: ['innovations', 'contest-choice', unitId],
    queryFn: ({ signal }) => api<InnovationList>('/api/innovations', { query: { unitId, pageSize: 200, sort: 'name', order: 'asc' }, signal }),
    enabled: Boolean(unitId),
  });
}
