import { useMutation } from '@tanstack/react-query';
import type { ExportJob, ReportInput } from '../../../../domain/contracts/letters.js';
import { api } from '../../../lib/api.js';
import { useTrackExport } from '../../exports/api/use-export.js';

/**
 * Starts a region-wide report (the recap workbook or the national platform's list). The server
 * answers at once with the export job (202) and makes the file in the background; `ExportProgress` follows it.
 */
export function useStartReport() {
  const track = useTrackExport();
  return useMutation({
    mutationFn: (input: ReportInput) => api<ExportJob>('/api/reports', { method: 'POST', body: input }),
    onSuccess: track,
  });
}
