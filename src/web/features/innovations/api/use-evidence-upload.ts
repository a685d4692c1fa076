import type { EvidenceEndpoints } from './evidence-endpoints.js';
import { useUpload } from './use-upload.js';

export type LetterInput = { letterNumber: string; letterDate: string; letterSubject: string };

/** Evidence file for one indicator; the letter fields go before the file, as the server streams the body. */
export function useEvidenceUpload<T>({ indicator, apply }: EvidenceEndpoints<T>, onDone?: () => void) {
  const upload = useUpload<T>((record) => {
    apply(record);
    onDone?.();
  });
  return {
    ...upload,
    send: (file: File, letter: LetterInput) =>
      upload.start(`${indicator}/evidence`, () => {
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
