import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { z } from 'zod';
import type { LetterSettings, LetterSettingsView } from '../../../../domain/contracts/letters.js';
import { api } from '../../../lib/api.js';
import { letterSettingsKey, letterSettingsPath } from './keys.js';

export type LetterSettingsViewData = z.infer<typeof LetterSettingsView>;

/** The region's letterhead, numbering and signatory; suggestions (`saved: false`) until an admin saves them. */
export function useLetterSettings() {
  return useQuery({
    queryKey: letterSettingsKey,
    queryFn: ({ signal }) => api<LetterSettingsViewData>(letterSettingsPath, { signal }),
  });
}

/** Replaces the letter settings whole (admins only). */
export function useSaveLetterSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LetterSettings) => api<LetterSettingsViewData>(letterSettingsPath, { method: 'PUT', body: input }),
    onSuccess: (saved) => queryClient.setQueryData(letterSettingsKey, saved),
  });
}
