import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { AnnouncementList, AnnouncementListQuery } from '../../../../domain/contracts/announcements.js';
import { api } from '../../../lib/api.js';

export const announcementsKey = ['announcements'] as const;

/** The region's announcements, drafts first (admin). */
export function useAnnouncements(query: Partial<AnnouncementListQuery>) {
  return useQuery({
    queryKey: [...announcementsKey, query],
    queryFn: ({ signal }) => api<AnnouncementList>('/api/announcements', { query, signal }),
    placeholderData: keepPreviousData,
  });
}
