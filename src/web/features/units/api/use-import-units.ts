import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ImportReport } from '../../../../domain/contracts/units.js';
import { api, fileBody } from '../../../lib/api.js';
import { unitsKey } from './use-units.js';

/** All or nothing: when the report lists errors, no row was imported. */
export function useImportUnits() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api<ImportReport>('/api/units/import', { method: 'POST', body: fileBody(file) }),
    onSuccess: (report) => {
      if (report.imported > 0) return queryClient.invalidateQueries({ queryKey: unitsKey });
    },
  });
}
