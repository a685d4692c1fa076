import { useQuery } from '@tanstack/react-query';
import type { Idea } from '../../../../domain/contracts/ideas.js';
import { api } from '../../../lib/api.js';
import { ideaKey } from './keys.js';

/** One idea as its author or an admin sees it (with what the caller may do). */
export function useIdea(id: string | null) {
  return useQuery({
    queryKey: ideaKey(id ?? ''),
    queryFn: ({ signal }) => api<Idea>(`/api/ideas/${id}`, { signal }),
    enabled: Boolean(id),
  });
}
