import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MasterItem, MasterItemInput } from '../../../../domain/contracts/master-data.js';
import { api } from '../../../lib/api.js';
import { masterDataKey } from './use-master-items.js';

/** Adds an item to a non-fixed list; 409 when the code is already in the list. */
export function useCreateMasterItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: MasterItemInput) => api<MasterItem>('/api/master-data', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: masterDataKey }),
  });
}
