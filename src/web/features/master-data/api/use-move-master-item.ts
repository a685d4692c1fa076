import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MasterItem } from '../../../../domain/contracts/master-data.js';
import { api } from '../../../lib/api.js';
import { masterDataKey } from './use-master-items.js';

type Move = { items: MasterItem[]; index: number; by: -1 | 1 };

/**
 * Moves one item a step up or down its list. Positions are renumbered 0, 1, 2… rather than swapped,
 * because two items may share a position (items added at the same time), and swapping equal positions
 * would change nothing. Usually only the two moved items are patched.
 */
export function useMoveMasterItem() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async ({ items, index, by }: Move) => {
      const order = [...items];
      const [moved] = order.splice(index, 1);
      if (!moved) return;
      order.splice(index + by, 0, moved);
      for (const [position, item] of order.entries()) {
        if (item.position !== position) await api<MasterItem>(`/api/master-data/${item.id}`, { method: 'PATCH', body: { position } });
      }
    },
    // Also after a partial failure: what was saved is shown.
    onSettled: () => queryClient.invalidateQueries({ queryKey: masterDataKey }),
  });
}
