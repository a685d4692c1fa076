import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { MailList } from '../../../../domain/contracts/audit.js';
import { api } from '../../../lib/api.js';

/** E-mails the app sent or queued: where admins read them when no SMTP server is configured. */
export function useOutbox(page: number) {
  return useQuery({
    queryKey: ['mail', page],
    queryFn: ({ signal }) => api<z.infer<typeof MailList>>('/api/mail', { query: { page }, signal }),
    placeholderData: keepPreviousData,
  });
}
