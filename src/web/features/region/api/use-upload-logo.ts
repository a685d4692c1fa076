import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Region } from '../../../../domain/contracts/regions.js';
import { api, fileBody } from '../../../lib/api.js';
import { meQueryKey } from '../../../lib/session.js';
import { regionKey } from './use-region.js';

export function useUploadLogo() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => api<Region>('/api/region/logo', { method: 'PUT', body: fileBody(file) }),
    onSuccess: (region) => {
      queryClient.setQueryData(regionKey, region);
      return queryClient.invalidateQueries({ queryKey: meQueryKey });
    },
  });
}
