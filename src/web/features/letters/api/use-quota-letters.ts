import { useMutation } from '@tanstack/react-query';
import type { ExportJob, QuotaLettersInput } from '../../../../domain/contracts/letters.js';
import { api } from '../../../lib/api.js';
import { useTrackExport } from '../../exports/api/use-export.js';

/**
 * Starts the notice or reprimand letters to every unit below quota. The server answers at once
 * with the export job (202) and makes the letters in the background; `ExportProgress` follows it.
 * Without saved letter settings the server refuses with 409 and says where to set them.
 */
export function useQuotaLetters() {
  const track = useTrackExport();
  return useMutation({
    mutationFn: (input: QuotaLettersInput) => api<ExportJob>('/api/letters/quota', { method: 'POST', body: input }),
    onSuccess: track,
  });
}
