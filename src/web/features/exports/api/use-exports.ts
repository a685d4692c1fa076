import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { ExportJobList } from '../../../../domain/contracts/letters.js';
import { api } from '../../../lib/api.js';
import { exportListKey } from './keys.js';
import { isFinished } from './use-export.js';

/** The person's 20 latest exports, fetched while the list is open and refreshed while one is still being made. */
export function useExports(enabled: boolean) {
  return useQuery({
    queryKey: exportListKey,
    queryFn: ({ signal }) => api<z.infer<typeof ExportJobList>>('/api/exports', { signal }),
    enabled,
    refetchInterval: (query) => (enabled && query.state.data?.items.some((job) => !isFinished(job)) ? 2_000 : false),
  });
}
