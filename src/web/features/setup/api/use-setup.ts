import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Me } from '../../../../domain/contracts/auth.js';
import type { SetupInput } from '../../../../domain/contracts/regions.js';
import { api } from '../../../lib/api.js';
import { startSession } from '../../../lib/session.js';
import { setupStatusKey } from './use-setup-status.js';

/** Creates the region and its first admin, who is then signed in. */
export function useSetup() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SetupInput) => api<Me>('/api/setup', { method: 'POST', body: input }),
    onSuccess: (me) => startSession(queryClient, me),
  });
}

/** Separate from the request so the setup page stays until its follow-up (the logo upload) is done. */
export function markSetupDone(queryClient: QueryClient): void {
  queryClient.setQueryData(setupStatusKey, (old: { demo: boolean } | undefined) => ({ demo: old?.demo ?? false, needsSetup: false }));
}
