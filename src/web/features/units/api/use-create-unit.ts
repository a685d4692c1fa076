import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Unit, UnitInput } from '../../../../domain/contracts/units.js';
import { api } from '../../../lib/api.js';
import { unitsKey } from './use-units.js';

export function useCreateUnit() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UnitInput) => api<Unit>('/api/units', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: unitsKey }),
  });
}
