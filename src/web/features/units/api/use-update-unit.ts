import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit, UnitUpdate } from '../../../../domain/contracts/units.js';
import { api } from '../../../lib/api.js';
import { unitsKey } from './use-units.js';

/** Edits a unit; `{ active: false }` deactivates it. */
export function useUpdateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: UnitUpdate }) =>
      api<Unit>(`/api/units/${id}`, { method: 'PATCH', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey }),
  });
}
