import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Announcement, AnnouncementInput } from '../../../../domain/contracts/announcements.js';
import { api } from '../../../lib/api.js';
import { announcementsKey } from './use-announcements.js';

/** Creates an announcement (no `id`) or saves the whole of an existing one. */
export function useSaveAnnouncement() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, input }: { id?: string; input: AnnouncementInput }) =>
      id ? api<Announcement>(`/api/announcements/${id}`, { method: 'PUT', body: input }) : api<Announcement>('/api/announcements', { method: 'POST', body: input }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: announcementsKey }),
  });
}
