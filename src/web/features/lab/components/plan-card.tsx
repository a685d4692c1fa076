import { Anchor, Badge, Button, Card, FileButton, Group, Progress, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionPlan, Milestone } from '../../../../domain/contracts/lab.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useFormat } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { evidenceUrl } from '../api/keys.js';
import { useRemoveMilestone, useSubmitPlan, useUploadMilestoneEvidence } from '../api/use-plans.js';
import { MilestoneFormDialog } from './milestone-form-dialog.js';

const statusColor = { belum: 'gray', berjalan: 'blue', selesai: 'green' } as const;

/**
 * One action plan: its progress, its milestones (each with owner, due date, status, evidence) and,
 * for the unit's operator, the editing and the hand-in. Milestones are a list, not a table, so
 * they read well on a 360 px phone.
 */
export function PlanCard({ plan, deadlinePassed, lastDay }: { plan: ActionPlan; deadlinePassed: boolean; lastDay: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState<Milestone | 'new' | null>(null);
  const [removing, setRemoving] = useState<Milestone | null>(null);
  const [submitting, setSubmitting] = useState(false);
  const remove = useRemoveMilestone(plan.id);
  const upload = useUploadMilestoneEvidence(plan.id);
  const submit = useSubmitPlan(plan.id);
  const headingId = `plan-${plan.id}`;

  return (
    <Card withBorder component="article" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="wrap">
          <Title order={3} size="h4" id={headingId}>
            {t('ui.lab.plan.heading', { innovation: plan.innovationName, unit: plan.unitName })}
          </Title>
          {plan.submittedAt ? (
            <Badge color={plan.submittedLate ? 'orange' : 'green'} variant="light">
              {t(plan.submittedLate ? 'ui.lab.plan.submittedLate' : 'ui.lab.plan.submittedAt', { date: format.instant(plan.submittedAt) })}
            </Badge>
          ) : (
            <Badge color="gray" variant="light">
              {t('ui.lab.plan.notSubmitted')}
            </Badge>
          )}
        </Group>
        <Stack gap={4}>
          <Text size="sm">
            {t('ui.lab.plan.progress', { done: plan.progress.done, total: plan.progress.total })}
            {plan.progress.late > 0 && ` · ${t('ui.lab.plan.lateCount', { count: plan.progress.late })}`}
          </Text>
          <Progress value={plan.progress.percent} aria-label={t('ui.lab.plan.progressLabel', { innovation: plan.innovationName })} />
        </Stack>
        <Title order={4} size="h5">
          {t('ui.lab.plan.milestones')}
        </Title>
        {plan.milestones.length === 0 && <Text c="dimmed">{t('ui.lab.plan.noMilestones')}</Text>}
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {plan.milestones.map((m) => (
            <Card key={m.id} component="li" withBorder padding="sm">
              <Stack gap={6}>
                <Group justify="space-between" wrap="wrap" gap="xs">
                  <Text fw={600}>{m.title}</Text>
                  <Group gap={4}>
                    <Badge color={statusColor[m.status]} variant="light">
                      {t(`ui.lab.milestone.statuses.${m.status}`)}
                    </Badge>
                    {m.late && (
                      <Badge color="red" variant="light">
                        {t('ui.lab.milestone.late')}
                      </Badge>
                    )}
                  </Group>
                </Group>
                <Text size="sm">
                  {t('ui.lab.milestone.owner')}: {m.owner} · {t('ui.lab.milestone.dueOn')}: {format.date(m.dueOn)}
                </Text>
                {m.note && <Text size="sm">{m.note}</Text>}
                {(m.evidenceFile || m.evidenceUrl) && (
                  <Group gap="md" wrap="wrap">
                    {m.evidenceFile && (
                      <Anchor href={evidenceUrl(plan.id, m.id)} download size="sm">
                        {t('ui.lab.milestone.download', { name: m.evidenceFile.name })}
                      </Anchor>
                    )}
                    {m.evidenceUrl && (
                      <Anchor href={m.evidenceUrl} target="_blank" rel="noopener noreferrer" size="sm">
                        {t('ui.lab.milestone.link')}
                      </Anchor>
                    )}
                  </Group>
                )}
                {plan.mayEdit && (
                  <Group gap="xs" wrap="wrap">
                    <Button size="xs" variant="default" onClick={() => setEditing(m)}>
                      {t('ui.common.edit')}
                      <VisuallyHidden> {m.title}</VisuallyHidden>
                    </Button>
                    <FileButton
                      accept="application/pdf,image/jpeg,image/png,video/mp4"
                      onChange={(file) =>
                        file && upload.mutate({ milestoneId: m.id, file }, { onSuccess: () => notifySuccess(t('ui.lab.milestone.uploaded')) })
                      }
                    >
                      {(props) => (
                        <Button {...props} size="xs" variant="default" loading={upload.isPending && upload.variables?.milestoneId === m.id} title={t('ui.lab.milestone.uploadHint')}>
                          {t('ui.lab.milestone.evidenceFile')}
                          <VisuallyHidden> — {t('ui.lab.milestone.upload', { title: m.title })}</VisuallyHidden>
                        </Button>
                      )}
                    </FileButton>
                    <Button size="xs" variant="subtle" color="red" onClick={() => setRemoving(m)}>
                      {t('ui.common.delete')}
                      <VisuallyHidden> {m.title}</VisuallyHidden>
                    </Button>
                  </Group>
                )}
              </Stack>
            </Card>
          ))}
        </Stack>
        <ErrorAlert error={upload.error} />
        {plan.mayEdit && (
          <Group gap="sm" wrap="wrap">
            <Button variant="default" onClick={() => setEditing('new')}>
              {t('ui.lab.plan.addMilestone')}
            </Button>
            {!plan.submittedAt && (
              <Button onClick={() => setSubmitting(true)} disabled={plan.incomplete.length > 0}>
                {t('ui.lab.plan.submit')}
              </Button>
            )}
          </Group>
        )}
        {plan.mayEdit && !plan.submittedAt && plan.incomplete.length > 0 && (
          <Text size="sm" c="dimmed">
            {plan.incomplete.map((code) => t(`lab.error.${code}` as 'lab.error.planNoMilestones', { date: lastDay ? format.date(lastDay) : '' })).join(' ')}
          </Text>
        )}
      </Stack>
      {editing && <MilestoneFormDialog plan={plan} milestone={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
      {removing && (
        <ConfirmDialog
          title={t('ui.lab.milestone.removeTitle')}
          message={t('ui.lab.milestone.removeConfirm', { title: removing.title })}
          confirmLabel={t('ui.common.delete')}
          danger
          loading={remove.isPending}
          error={remove.error}
          onClose={() => setRemoving(null)}
          onConfirm={() => remove.mutate({ milestoneId: removing.id, version: plan.version }, { onSuccess: () => setRemoving(null) })}
        />
      )}
      {submitting && (
        <ConfirmDialog
          title={t('ui.lab.plan.submit')}
          message={t('ui.lab.plan.submitConfirm', { innovation: plan.innovationName })}
          confirmLabel={t('ui.lab.plan.submit')}
          loading={submit.isPending}
          error={submit.error}
          onClose={() => setSubmitting(false)}
          onConfirm={() =>
            submit.mutate(plan.version, {
              onSuccess: () => {
                notifySuccess(t('ui.lab.plan.submitted'));
                setSubmitting(false);
              },
            })
          }
        >
          {deadlinePassed && <Text c="orange.8">{t('ui.lab.plan.submitLateWarning')}</Text>}
        </ConfirmDialog>
      )}
    </Card>
  );
}
