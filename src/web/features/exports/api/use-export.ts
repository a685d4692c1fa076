import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import type { ExportJob } from '../../../../domain/contracts/letters.js';
import { api } from '../../../lib/api.js';
import { exportKey, exportListKey, exportPath } from './keys.js';

// A job reports its progress on the server only; the browser asks again every second until it ends.
const pollEvery = 1_000;

export const isFinished = (job: ExportJob | undefined) => job?.status === 'done' || job?.status === 'failed';

/** One export, polled every second while it is queued or running. */
export function useExportJob(id: string) {
  const queryClient = useQueryClient();
  return useQuery({
    queryKey: exportKey(id),
    queryFn: async ({ signal }) => {
      const job = await api<ExportJob>(exportPath(id), { signal });
      // The list in the header shows the same job; refresh it once the job has ended.
      if (isFinished(job)) void queryClient.invalidateQueries({ queryKey: exportListKey });
      return job;
    },
    refetchInterval: (query) => (isFinished(query.state.data) ? false : pollEvery),
  });
}

/** Puts a job the server has just accepted into the cache, so its progress shows without a first fetch. */
export function useTrackExport() {
  const queryClient = useQueryClient();
  return useCallback(
    (job: ExportJob) => {
      queryClient.setQueryData(exportKey(job.id), job);
      void queryClient.invalidateQueries({ queryKey: exportListKey });
    },
    [queryClient],
  );
}
