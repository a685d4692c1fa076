import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { NotificationList, NotificationsRead } from '../../../../domain/contracts/review.js';
import { api } from '../../../lib/api.js';
import { notificationsKey } from './keys.js';

// Nothing pushes to the browser, so the bell asks again every minute and when the tab regains focus.
const pollEvery = 60_000;

export function useNotifications() {
  return useQuery({
    queryKey: notificationsKey,
    queryFn: ({ signal }) => api<NotificationList>('/api/notifications', { signal }),
    refetchInterval: pollEvery,
    refetchOnWindowFocus: true,
  });
}

/** Marks the given notifications read; without ids, all of them. */
export function useMarkNotificationsRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: z.infer<typeof NotificationsRead>) => api<{ ok: true }>('/api/notifications/read', { method: 'POST', body: input }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });
}
