import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MasterItem, MasterItemUpdate } from '../../../../domain/contracts/master-data.js';
import { api } from '../../../lib/api.js';
import { masterDataKey } from './use-master-items.js';

/** Renames an item, changes an affair's group, or (`{ active: false }`) deactivates it. */
export function useUpdateMasterItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: MasterItemUpdate }) =>
      api<MasterItem>(`/api/master-data/${id}`, { method: 'PATCH', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: masterDataKey }),
  });
}
