import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { InnovationImportReport } from '../../../../domain/contracts/innovations.js';
import { api, fileBody } from '../../../lib/api.js';
import { innovationListKey } from './keys.js';

/** `dryRun` checks every row and saves nothing; the real run is all or nothing. */
export function useImportInnovations() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) =>
      api<InnovationImportReport>('/api/innovations/import', { method: 'POST', query: { dryRun }, body: fileBody(file) }),
    onSuccess: (report) => {
      if (report.imported > 0) return queryClient.invalidateQueries({ queryKey: innovationListKey });
    },
  });
}
