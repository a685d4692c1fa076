import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { IdeaList, IdeaListQuery } from '../../../../domain/contracts/ideas.js';
import { api } from '../../../lib/api.js';
import { ideaListKey } from './keys.js';

/** Admins: the region's ideas, with counts per status for the filter. */
export function useIdeas(query: Partial<IdeaListQuery>) {
  return useQuery({
    queryKey: [...ideaListKey, query],
    queryFn: ({ signal }) => api<IdeaList>('/api/ideas', { query, signal }),
    placeholderData: keepPreviousData,
  });
}
