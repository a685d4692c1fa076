import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Publication } from '../../../../domain/contracts/catalogue.js';
import { api } from '../../../lib/api.js';

export const publicationKey = (innovationId: string) => ['publication', innovationId] as const;
const publicationPath = (innovationId: string) => `/api/innovations/${encodeURIComponent(innovationId)}/publication`;

/** Whether the innovation is on the public portal, and its public address. */
export function usePublication(innovationId: string) {
  return useQuery({
    queryKey: publicationKey(innovationId),
    queryFn: ({ signal }) => api<Publication>(publicationPath(innovationId), { signal }),
  });
}

/** Publishes or withdraws (admin); the answer replaces the cached state. */
export function useSetPublication(innovationId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (published: boolean) => api<Publication>(publicationPath(innovationId), { method: 'PUT', body: { published } }),
    onSuccess: (publication) => queryClient.setQueryData(publicationKey(innovationId), publication),
  });
}
