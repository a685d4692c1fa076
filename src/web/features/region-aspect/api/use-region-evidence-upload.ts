import type { RegionAspect } from '../../../../domain/contracts/region-aspect.js';
import type { LetterInput } from '../../innovations/api/use-evidence-upload.js';
import { useUpload } from '../../innovations/api/use-upload.js';
import { regionIndicatorPath } from './keys.js';
import { useApplyRegionAspect } from './use-region-aspect.js';

/** Evidence file for one region indicator; the letter fields go before the file, as the server streams the body. */
export function useRegionEvidenceUpload(periodId: string, code: string, onDone?: () => void) {
  const apply = useApplyRegionAspect();
  const upload = useUpload<RegionAspect>((aspect) => {
    apply(aspect);
    onDone?.();
  });
  return {
    ...upload,
    send: (file: File, letter: LetterInput) =>
      upload.start(`${regionIndicatorPath(periodId, code)}/evidence`, () => {
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
