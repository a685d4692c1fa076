import type { QueryClient } from '@tanstack/react-query';
import type { Me } from '../../domain/contracts/auth.js';
import { forgetCsrfToken } from './api.js';

export const meQueryKey = ['me'] as const;

/** After sign-in, sign-out or first-run setup: new CSRF token, no data cached for the previous account. */
export function startSession(queryClient: QueryClient, me: Me | null): void {
  forgetCsrfToken();
  queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'setup' && q.queryKey[0] !== meQueryKey[0] });
  queryClient.setQueryData(meQueryKey, me);
}
