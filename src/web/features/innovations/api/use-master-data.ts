import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { MasterData, MasterItem } from '../../../../domain/contracts/master-data.js';
import type { MasterList } from '../../../../domain/master-data.js';
import { api } from '../../../lib/api.js';

export type Choice = { value: string; label: string };

/** The region's master lists; the per-period ones for `periodId` (default: the current period). */
export function useMasterData(periodId?: string) {
  const query = useQuery({
    queryKey: ['master-data', periodId ?? 'current'],
    queryFn: ({ signal }) => api<MasterData>('/api/master-data', { query: { periodId }, signal }),
    staleTime: 5 * 60_000,
  });
  const items = query.data?.items;
  const helpers = useMemo(() => {
    const byList = (list: MasterList): MasterItem[] => (items ?? []).filter((i) => i.list === list).sort((a, b) => a.position - b.position);
    return {
      /** Active items to choose from, plus the ones already chosen (an old choice stays readable). */
      choices: (list: MasterList, chosen: readonly (string | null)[] = []): Choice[] =>
        byList(list)
          .filter((i) => i.active || chosen.includes(i.code))
          .map((i) => ({ value: i.code, label: i.name })),
      /** The item's name, or its code when the list does not know it. */
      nameOf: (list: MasterList, code: string | null): string | null => (code ? (byList(list).find((i) => i.code === code)?.name ?? code) : null),
      items: byList,
    };
  }, [items]);
  return { ...query, ...helpers };
}
