import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { FollowSubject } from '../../../../domain/contracts/citizens.js';
import { api } from '../../../lib/api.js';
import { followsKey } from './use-follows.js';

export function useUnfollow() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ subject, subjectId }: { subject: FollowSubject; subjectId: string }) =>
      api<{ ok: true }>(`/api/follows/${subject}/${subjectId}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: followsKey }),
  });
}
