import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { IdeaFile } from '../../../../domain/contracts/ideas.js';
import { api, fileBody } from '../../../lib/api.js';
import { ideasKey } from './keys.js';

/** Adds one attachment; the server judges its type by the bytes and its size (415 / 413). */
export function useUploadIdeaFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ideaId, file }: { ideaId: string; file: File }) => api<IdeaFile>(`/api/ideas/${ideaId}/files`, { method: 'POST', body: fileBody(file) }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: ideasKey }),
  });
}

export function useDeleteIdeaFile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ ideaId, fileId }: { ideaId: string; fileId: string }) => api<{ ok: true }>(`/api/ideas/${ideaId}/files/${fileId}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ideasKey }),
  });
}

/** Where an attachment is read (author and admins always; anyone once the idea is public). */
export const ideaFileUrl = (ideaId: string, fileId: string) => `/api/ideas/${ideaId}/files/${fileId}`;
