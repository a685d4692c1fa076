import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { AuditList, AuditQuery } from '../../../../domain/contracts/audit.js';
import { api } from '../../../lib/api.js';

export function useAuditLog(query: Partial<AuditQuery>) {
  return useQuery({
    queryKey: ['audit', query],
    queryFn: ({ signal }) => api<z.infer<typeof AuditList>>('/api/audit', { query, signal }),
    placeholderData: keepPreviousData,
  });
}
