import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Announcement } from '../../../../domain/contracts/announcements.js';
import { api } from '../../../lib/api.js';
import { announcementsKey } from './use-announcements.js';

/** Publishes an announcement on the portal, or withdraws it. */
export function usePublishAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, published }: { id: string; published: boolean }) => api<Announcement>(`/api/announcements/${id}/published`, { method: 'PUT', body: { published } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: announcementsKey }),
  });
}
