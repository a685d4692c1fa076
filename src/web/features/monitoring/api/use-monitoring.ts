import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { MonitoringReport } from '../../../../domain/contracts/monitoring.js';
import { api } from '../../../lib/api.js';
import { monitoringReportKey } from './keys.js';

/** Units against their quotas, the region's progress, its IID and the trend; the current period unless one is given. */
export function useMonitoring(periodId: string | undefined) {
  return useQuery({
    queryKey: monitoringReportKey(periodId),
    queryFn: ({ signal }) => api<MonitoringReport>('/api/monitoring', { query: { periodId }, signal }),
    // Switching periods keeps the previous figures on screen until the new ones arrive.
    placeholderData: keepPreviousData,
  });
}
