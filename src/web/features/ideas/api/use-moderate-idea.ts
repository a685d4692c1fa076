import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AssignmentInput, Idea, ModerationInput } from '../../../../domain/contracts/ideas.js';
import { api } from '../../../lib/api.js';
import { ideaKey, ideasKey } from './keys.js';

function useIdeaChange<I>(path: (id: string) => string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: I }) => api<Idea>(path(id), { method: 'POST', body: input }),
    onSuccess: (idea) => {
      queryClient.setQueryData(ideaKey(idea.id), idea);
      return queryClient.invalidateQueries({ queryKey: ideasKey });
    },
  });
}

/** Publish, or reject with a reason (the author is told). */
export const useModerateIdea = () => useIdeaChange<ModerationInput>((id) => `/api/ideas/${id}/moderation`);

/** A published idea becomes an innovation proposal of the unit; the answer carries its `innovationId`. */
export const useAssignIdea = () => useIdeaChange<AssignmentInput>((id) => `/api/ideas/${id}/assignment`);
