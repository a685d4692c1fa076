import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MasterData } from '../../../../domain/contracts/master-data.js';
import { api } from '../../../lib/api.js';

/** Shared with the innovation forms' own master-data query, so an edit here refreshes their choices too. */
export const masterDataKey = ['master-data'] as const;

/** Every list of the region, inactive items included; the per-period ones for `periodId` (default: the current period). */
export function useMasterItems(periodId: string | undefined) {
  return useQuery({
    queryKey: [...masterDataKey, periodId ?? 'current'],
    queryFn: ({ signal }) => api<MasterData>('/api/master-data', { query: { periodId }, signal }),
    // The tabs and table stay on screen while another period's lists load.
    placeholderData: keepPreviousData,
  });
}
