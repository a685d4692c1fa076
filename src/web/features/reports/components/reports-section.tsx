import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReportInput } from '../../../../domain/contracts/letters.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ExportProgress } from '../../exports/components/export-progress.js';
import { useStartReport } from '../api/use-start-report.js';

type Kind = ReportInput['kind'];
const kinds: readonly Kind[] = ['report.recap', 'report.national'];
const nameOf = (kind: Kind) => kind.split('.')[1] as 'recap' | 'national';
// The labels are long: on a 360 px phone they wrap inside the button instead of widening the page.
const wrapping = { root: { height: 'auto', minHeight: 'var(--button-height)', paddingBlock: 6 }, label: { whiteSpace: 'normal' } } as const;

/** The region-wide reports of one period, each started as a background export and followed to its download. */
export function ReportsSection({ periodId, year }: { periodId: string; year: number }) {
  const { t } = useTranslation();
  const start = useStartReport();
  const [jobs, setJobs] = useState<Partial<Record<Kind, string>>>({});
  const run = (kind: Kind) => start.mutate({ kind, periodId }, { onSuccess: (job) => setJobs((current) => ({ ...current, [kind]: job.id })) });
  const startingKind = start.isPending ? start.variables.kind : null;

  return (
    <Stack gap="sm">
      <Text size="sm">{t('ui.reports.intro', { year })}</Text>
      <Group gap="sm">
        {kinds.map((kind) => (
          <Button key={kind} variant="default" maw="100%" styles={wrapping} loading={startingKind === kind} disabled={start.isPending && startingKind !== kind} onClick={() => run(kind)}>
            {t(`ui.reports.kinds.${nameOf(kind)}`)}
          </Button>
        ))}
      </Group>
      <ErrorAlert error={start.error} />
      {kinds.map((kind) => {
        const id = jobs[kind];
        return (
          id && (
            <Stack key={kind} gap={4} role="group" aria-label={t(`ui.reports.kinds.${nameOf(kind)}`)}>
              <Text size="sm" fw={600}>
                {t(`ui.reports.kinds.${nameOf(kind)}`)}
              </Text>
              {/* A new id after "Coba lagi" remounts the progress for the new job. */}
              <ExportProgress key={id} exportId={id} onRetry={() => run(kind)} retrying={startingKind === kind} />
            </Stack>
          )
        );
      })}
    </Stack>
  );
}
