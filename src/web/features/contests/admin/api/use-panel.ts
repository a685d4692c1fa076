import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Panel, PanelInvite } from '../../../../../domain/contracts/contests.js';
import { api } from '../../../../lib/api.js';
import { contestPath, panelKey, panelPath } from './keys.js';

/** A judging round's panel: its judges with their progress, the assignment counts and the entries short of judges. */
export function usePanel(id: string, roundId: string) {
  return useQuery({ queryKey: panelKey(id, roundId), queryFn: ({ signal }) => api<Panel>(panelPath(id, roundId), { signal }) });
}

/* Every change answers with the whole panel: it replaces the cached one. */
function useApplyPanel(id: string, roundId: string) {
  const queryClient = useQueryClient();
  return (panel: Panel) => queryClient.setQueryData(panelKey(id, roundId), panel);
}

/** Invites a judge by e-mail (a new address gets a `juri` account and a set-password invitation). */
export function useInviteJudge(id: string, roundId: string) {
  const apply = useApplyPanel(id, roundId);
  return useMutation({ mutationFn: (input: PanelInvite) => api<Panel>(panelPath(id, roundId), { method: 'POST', body: input }), onSuccess: apply });
}

export function useRemoveJudge(id: string, roundId: string) {
  const apply = useApplyPanel(id, roundId);
  return useMutation({
    mutationFn: (userId: string) => api<Panel>(`${panelPath(id, roundId)}/${encodeURIComponent(userId)}`, { method: 'DELETE' }),
    onSuccess: apply,
  });
}

/** Assigns the passed entries to the panel (existing pairs kept, topped up, never a conflicted judge). */
export function useRunAssignment(id: string, roundId: string) {
  const apply = useApplyPanel(id, roundId);
  return useMutation({
    mutationFn: () => api<Panel>(`${contestPath(id)}/rounds/${encodeURIComponent(roundId)}/assignment`, { method: 'POST' }),
    onSuccess: apply,
  });
}
