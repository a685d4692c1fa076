import { useMutation } from '@tanstack/react-query';
import type { DecreeInput } from '../../../../domain/contracts/letters.js';
import { apiFile } from '../../../lib/api.js';
import { saveFile } from '../../../lib/download.js';

const fallbackName = 'draf-keputusan-inovasi-daerah.pdf';

/** Drafts the decree designating the chosen innovations and hands the PDF to the browser's download. */
export function useDecreeDraft() {
  return useMutation({
    mutationFn: async (input: DecreeInput) => {
      const { blob, fileName } = await apiFile('/api/letters/decree', { method: 'POST', body: input });
      saveFile(blob, fileName ?? fallbackName);
    },
  });
}
