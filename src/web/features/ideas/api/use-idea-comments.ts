import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { IdeaComment, IdeaCommentList, IdeaCommentListQuery, ModerationInput } from '../../../../domain/contracts/ideas.js';
import { api } from '../../../lib/api.js';
import { ideaCommentsKey, ideasKey } from './keys.js';

/** Admins: the region's comments (oldest first), with counts per status. */
export function useIdeaComments(query: Partial<IdeaCommentListQuery>) {
  return useQuery({
    queryKey: [...ideaCommentsKey, query],
    queryFn: ({ signal }) => api<IdeaCommentList>('/api/idea-comments', { query, signal }),
    placeholderData: keepPreviousData,
  });
}

export function useModerateComment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id: string; input: ModerationInput }) =>
      api<IdeaComment>(`/api/idea-comments/${id}/moderation`, { method: 'POST', body: input }),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ideaCommentsKey });
      // A published comment changes the idea's comment count.
      await queryClient.invalidateQueries({ queryKey: ideasKey });
    },
  });
}
