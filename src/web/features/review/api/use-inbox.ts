import { useQuery } from '@tanstack/react-query';
import type { Inbox } from '../../../../domain/contracts/review.js';
import { api } from '../../../lib/api.js';
import { inboxKey } from './keys.js';

/** Innovations waiting for this person (a mentor: in their units; an admin: all). */
export function useInbox() {
  return useQuery({
    queryKey: inboxKey,
    queryFn: ({ signal }) => api<Inbox>('/api/review/inbox', { signal }),
  });
}
