import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Idea, IdeaInput } from '../../../../domain/contracts/ideas.js';
import { api } from '../../../lib/api.js';
import { ideaKey, ideasKey } from './keys.js';

/** Sends a new idea (`id` null) or saves the author's changes while it waits for moderation. */
export function useSaveIdea() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string | null; input: IdeaInput }) =>
      id ? api<Idea>(`/api/ideas/${id}`, { method: 'PATCH', body: input }) : api<Idea>('/api/ideas', { method: 'POST', body: input }),
    onSuccess: (idea) => {
      queryClient.setQueryData(ideaKey(idea.id), idea);
      return queryClient.invalidateQueries({ queryKey: ideasKey });
    },
  });
}
