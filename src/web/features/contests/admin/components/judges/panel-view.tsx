import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Panel } from '../../../../../../domain/contracts/contests.js';
import { ConfirmDialog } from '../../../../../components/confirm-dialog.js';
import { ErrorAlert } from '../../../../../components/error-alert.js';
import { PageLoader } from '../../../../../components/page-loader.js';
import { useFormat } from '../../../../../lib/format.js';
import { notifySuccess } from '../../../../../lib/notify.js';
import { usePanel, useRemoveJudge, useRunAssignment } from '../../api/use-panel.js';
import { InviteJudgeForm } from './invite-judge-form.js';
import { PanelMembersTable } from './panel-members-table.js';
import { ShortEntries } from './short-entries.js';

type Member = Panel['members'][number];

/** One judging round's panel: its judges and their progress, the assignment, the invitation form. */
export function PanelView({ contestId, roundId }: { contestId: string; roundId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const panel = usePanel(contestId, roundId);
  const assign = useRunAssignment(contestId, roundId);
  const remove = useRemoveJudge(contestId, roundId);
  const [removing, setRemoving] = useState<Member | null>(null);
  const data = panel.data;

  if (panel.isPending) return <PageLoader />;
  if (!data) return <ErrorAlert error={panel.error} />;
  const { round } = data;

  const runAssignment = () =>
    assign.mutate(undefined, {
      onSuccess: (p) => notifySuccess(t('ui.contestAdmin.judges.assigned', { assignments: p.assignments, entries: p.entries, short: p.short.length })),
    });

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('ui.contestAdmin.judges.roundInfo', {
          mode: round.mode ? t(`contestTerms.judgingMode.${round.mode}`) : '—',
          opens: format.instant(round.opensAt),
          closes: format.instant(round.closesAt),
          state: t(`contestTerms.roundState.${round.state}`),
        })}
      </Text>
      <Text size="sm">
        {t('ui.contestAdmin.judges.assignmentInfo', {
          mode: t(`contestTerms.assignmentMode.${data.mode}`),
          min: data.minPerEntry,
          entries: data.entries,
          assignments: data.assignments,
        })}
      </Text>
      <ErrorAlert error={assign.error} />
      <Group>
        <Button onClick={runAssignment} loading={assign.isPending} disabled={data.members.length === 0 || round.state === 'tutup'}>
          {t('ui.contestAdmin.judges.assign')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('ui.contestAdmin.judges.assignHint')}
        </Text>
      </Group>
      <ShortEntries panel={data} />
      <PanelMembersTable panel={data} onRemove={setRemoving} />
      <InviteJudgeForm contestId={contestId} roundId={roundId} hasChair={data.members.some((m) => m.chair)} />
      {removing && (
        <ConfirmDialog
          title={t('ui.contestAdmin.judges.removeTitle')}
          message={t('ui.contestAdmin.judges.removeMessage', { name: removing.name, round: round.name })}
          confirmLabel={t('ui.contestAdmin.judges.remove')}
          danger
          loading={remove.isPending}
          error={remove.error}
          onConfirm={() =>
            remove.mutate(removing.userId, {
              onSuccess: () => {
                notifySuccess(t('ui.contestAdmin.judges.removed', { name: removing.name }));
                setRemoving(null);
              },
            })
          }
          onClose={() => {
            remove.reset();
            setRemoving(null);
          }}
        />
      )}
    </Stack>
  );
}
