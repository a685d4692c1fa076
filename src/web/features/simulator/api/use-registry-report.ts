import { useQuery } from '@tanstack/react-query';
import type { RegistryReport } from '../../../../domain/contracts/innovations.js';
import { api } from '../../../lib/api.js';

/** The stored innovations of a period in the engine's terms: the simulator's default working set. */
export function useRegistryReport(periodId: string | undefined) {
  return useQuery({
    queryKey: ['iid-registry', periodId],
    queryFn: ({ signal }) => api<RegistryReport>('/api/iid/registry', { query: { periodId }, signal }),
    enabled: Boolean(periodId),
  });
}
