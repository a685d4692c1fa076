import type { InnovationDetail } from '../../../../domain/contracts/innovations.js';
import { innovationPath } from './keys.js';
import { useApplyDetail } from './use-apply-detail.js';
import { useUpload } from './use-upload.js';

export type LetterInput = { letterNumber: string; letterDate: string; letterSubject: string };

/** Evidence file for one indicator; the letter fields go before the file, as the server streams the body. */
export function useEvidenceUpload(id: string, code: string, onDone?: () => void) {
  const apply = useApplyDetail();
  const upload = useUpload<InnovationDetail>((detail) => {
    apply(detail);
    onDone?.();
  });
  return {
    ...upload,
    send: (file: File, letter: LetterInput) =>
      upload.start(`${innovationPath(id)}/indicators/${encodeURIComponent(code)}/evidence`, () => {
        const form = new FormData();
        for (const key of ['letterNumber', 'letterDate', 'letterSubject'] as const) {
          const value = letter[key].trim();
          if (value) form.append(key, value);
        }
        form.append('file', file);
        return form;
      }),
  };
}
