import { useQuery } from '@tanstack/react-query';
import type { MyIdeas } from '../../../../domain/contracts/ideas.js';
import { api } from '../../../lib/api.js';
import { myIdeasKey } from './keys.js';

/** The signed-in account's own ideas in every status, newest first. */
export function useMyIdeas() {
  return useQuery({
    queryKey: myIdeasKey,
    queryFn: ({ signal }) => api<MyIdeas>('/api/ideas/mine', { signal }),
  });
}
