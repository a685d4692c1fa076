import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { Region, RegionUpdate } from '../../../../domain/contracts/regions.js';
import { api } from '../../../lib/api.js';
import { meQueryKey } from '../../../lib/session.js';
import { regionKey } from './use-region.js';

export function useUpdateRegion() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.input<typeof RegionUpdate>) => api<Region>('/api/region', { method: 'PATCH', body: input }),
    onSuccess: (region) => {
      queryClient.setQueryData(regionKey, region);
      // The header shows the body name from the account.
      return queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
