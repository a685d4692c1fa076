import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { PrivacyNotice } from '../../../../domain/contracts/citizens.js';
import { api } from '../../../lib/api.js';

/** The privacy notice shown before registering, in the page's language (fetched again when it changes). */
export function usePrivacyNotice() {
  const { i18n } = useTranslation();
  return useQuery({
    queryKey: ['citizens', 'privacy', i18n.language],
    queryFn: ({ signal }) => api<PrivacyNotice>('/api/citizens/privacy', { signal }),
    staleTime: 60 * 60_000,
  });
}
