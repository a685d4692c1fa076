import { Alert, Anchor, Stack, Text, Timeline, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { InnovationDetail, LifecycleRecord } from '../../../../domain/contracts/innovations.js';
import { decisionSteps } from '../../../../domain/innovations/lifecycle.js';
import { useFormat } from '../../../lib/format.js';
import { innovationFileUrl } from '../api/use-innovation-file-upload.js';
import { LifecycleStepForm } from './lifecycle-step-form.js';

type Props = { detail: InnovationDetail; canEdit: boolean; canDecide: boolean };

function RecordDetails({ record, innovationId }: { record: LifecycleRecord; innovationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const lines: string[] = [];
  if (record.step === 'feasibility') lines.push(record.feasible ? t('ui.innovations.lifecycle.feasible') : t('ui.innovations.lifecycle.notFeasible'));
  if (record.reasons) lines.push(`${t('ui.innovations.lifecycle.reasons')}: ${record.reasons}`);
  if (record.legalBasis) lines.push(`${t(`ui.innovations.lifecycle.legalBases.${record.legalBasis}`)}${record.number ? ` ${record.number}` : ''}`);
  if (record.step === 'trial' && record.plannedEndOn) lines.push(t('ui.innovations.lifecycle.trialRange', { from: format.date(record.date), to: format.date(record.plannedEndOn) }));
  if (record.note) lines.push(record.note);
  return (
    <Stack gap={2}>
      <Text size="sm">{format.date(record.date)}</Text>
      {lines.map((line, i) => (
        <Text key={i} size="sm" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
          {line}
        </Text>
      ))}
      {record.file && (
        <Anchor href={innovationFileUrl(innovationId, record.file.id)} download={record.file.name} size="sm" style={{ overflowWrap: 'anywhere' }}>
          {record.file.name}
        </Anchor>
      )}
      <Text size="xs" c="dimmed">
        {t('ui.innovations.lifecycle.recordedBy', { name: record.recordedBy ?? t('ui.innovations.history.system'), at: format.instant(record.recordedAt) })}
      </Text>
    </Stack>
  );
}

/** The PP 38/2017 steps recorded so far, and a form for each step allowed next. */
export function LifecyclePanel({ detail, canEdit, canDecide }: Props) {
  const { t } = useTranslation();
  const { records, nextSteps, trialTooLong, maxTrialDays } = detail.lifecycle;
  const id = detail.innovation.id;
  const allowed = (step: (typeof nextSteps)[number]) => (decisionSteps.includes(step) ? canDecide : canEdit);
  const waiting = nextSteps.filter((s) => !allowed(s));
  // Said in the page rather than a toast: on a phone a toast would cover the next step's button.
  const [saved, setSaved] = useState<string | null>(null);

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('ui.innovations.lifecycle.title')}
      </Title>
      {trialTooLong && (
        <Alert color="red" role="alert">
          {t('ui.innovations.lifecycle.trialTooLong', { days: maxTrialDays })}
        </Alert>
      )}
      <Text role="status" size="sm" c="blue.9">
        {saved && t('ui.innovations.lifecycle.saved', { step: saved })}
      </Text>
      {records.length === 0 ? (
        <Text>{t('ui.innovations.lifecycle.empty')}</Text>
      ) : (
        <Timeline active={records.length - 1} bulletSize={18} lineWidth={2}>
          {records.map((record) => (
            <Timeline.Item key={record.id} title={t(`ui.innovations.lifecycle.steps.${record.step}`)}>
              <RecordDetails record={record} innovationId={id} />
            </Timeline.Item>
          ))}
        </Timeline>
      )}
      {(canEdit || canDecide) && (
        <>
          <Title order={3} size="h4">
            {t('ui.innovations.lifecycle.nextTitle')}
          </Title>
          {nextSteps.length === 0 && <Text>{t('ui.innovations.lifecycle.noNext')}</Text>}
          {nextSteps.filter(allowed).map((step) => (
            <LifecycleStepForm key={step} innovationId={id} step={step} onSaved={() => setSaved(t(`ui.innovations.lifecycle.steps.${step}`))} />
          ))}
          {waiting.map((step) => (
            <Text key={step} size="sm">
              {t('ui.innovations.lifecycle.decisionOnly', { step: t(`ui.innovations.lifecycle.steps.${step}`) })}
            </Text>
          ))}
        </>
      )}
    </Stack>
  );
}
