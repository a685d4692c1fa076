import type { FileRef } from '../../../../domain/contracts/innovations.js';
import { fileBody } from '../../../lib/api.js';
import { innovationPath } from './keys.js';
import { useUpload } from './use-upload.js';

/** A profile or lifecycle document (budget, business profile, video, decree); the caller stores the returned id. */
export function useInnovationFileUpload(id: string, onDone: (file: FileRef) => void) {
  const upload = useUpload<FileRef>(onDone);
  return { ...upload, send: (file: File) => upload.start(`${innovationPath(id)}/files`, () => fileBody(file)) };
}

export const innovationFileUrl = (id: string, fileId: string) => `${innovationPath(id)}/files/${fileId}`;
