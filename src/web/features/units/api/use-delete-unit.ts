import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api.js';
import { unitsKey } from './use-units.js';

/** Only a unit that owns no data can be deleted; otherwise the server answers CONFLICT. */
export function useDeleteUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reason }: { id: string; reason: string }) =>
      api<void>(`/api/units/${id}`, { method: 'DELETE', query: { reason } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey }),
  });
}
