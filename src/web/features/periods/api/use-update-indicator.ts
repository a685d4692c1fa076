import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Indicator, IndicatorUpdate, PeriodDetail } from '../../../../domain/contracts/periods.js';
import { api } from '../../../lib/api.js';
import { periodsKey } from './use-periods.js';

/** Edits one indicator of a period's catalogue; the period's cached catalogue is updated in place. */
export function useUpdateIndicator() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ periodId, code, input }: { periodId: string; code: string; input: IndicatorUpdate }) =>
      api<Indicator>(`/api/periods/${periodId}/indicators/${encodeURIComponent(code)}`, { method: 'PATCH', body: input }),
    onSuccess: (indicator, { periodId }) => {
      queryClient.setQueryData<PeriodDetail>([...periodsKey, periodId], (period) =>
        period && { ...period, indicators: period.indicators.map((i) => (i.code === indicator.code ? indicator : i)) },
      );
      return queryClient.invalidateQueries({ queryKey: [...periodsKey, periodId] });
    },
  });
}
