import { Anchor, Button, Group, List, ScrollArea, Stack, Text, TextInput } from '@mantine/core';
import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { QuotaLettersInput } from '../../../../domain/contracts/letters.js';
import type { UnitStanding } from '../../../../domain/contracts/monitoring.js';
import { zoneDay } from '../../../../domain/letters/indonesian-date.js';
import { parseIsoDate } from '../../../../domain/letters/numbering.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ApiError } from '../../../lib/api.js';
import { TimeZoneContext } from '../../../lib/format.js';
import { ExportProgress } from '../../exports/components/export-progress.js';
import { useQuotaLetters } from '../api/use-quota-letters.js';

export type QuotaLetterKind = QuotaLettersInput['kind'];

type Props = {
  kind: QuotaLetterKind;
  periodId?: string;
  /** The units below quota, in the order the letters are numbered. */
  units: Pick<UnitStanding, 'unitId' | 'name'>[];
  /** Letters about a lab cohort's action plans (issue 6) instead of the quota: the units without a plan. */
  cohort?: { id: string; name: string };
  onClose: () => void;
};

/**
 * Confirms who gets the letters and their date, starts the job, then follows it to the ZIP.
 * Closing the dialog does not stop the job: the file stays in "Ekspor saya".
 */
export function QuotaLettersDialog({ kind, periodId, units, cohort, onClose }: Props) {
  const { t } = useTranslation();
  const zone = useContext(TimeZoneContext);
  const start = useQuotaLetters();
  const [date, setDate] = useState(() => zoneDay(new Date(), zone));
  const [exportId, setExportId] = useState<string | null>(null);
  const dateValid = parseIsoDate(date) !== null;
  // A 409 before the job starts means the letter settings were never saved.
  const needsSettings = start.error instanceof ApiError && start.error.status === 409;

  const run = () => {
    if (!dateValid) return;
    const input = cohort ? { kind, date, reason: 'actionPlan' as const, cohortId: cohort.id } : { kind, periodId, date };
    start.mutate(input, { onSuccess: (job) => setExportId(job.id) });
  };

  return (
    <Dialog title={t(`ui.letters.quota.create.${kind}`)} onClose={onClose} size="lg">
      {exportId ? (
        <Stack>
          {/* A new id after "Coba lagi" remounts the progress for the new job. */}
          <ExportProgress key={exportId} exportId={exportId} onRetry={run} retrying={start.isPending} />
          <ErrorAlert error={start.error} />
          <Text size="sm" c="dimmed">
            {t('ui.letters.quota.background')}
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('ui.common.close')}
            </Button>
          </Group>
        </Stack>
      ) : (
        <Stack>
          <ErrorAlert error={start.error} />
          {needsSettings && (
            <Anchor component={Link} to="/pemda">
              {t('ui.letters.quota.settingsLink')}
            </Anchor>
          )}
          <Text>
            {cohort
              ? t('ui.lab.letters.confirm', { kind: t(`ui.letters.quota.kinds.${kind}`), cohort: cohort.name, count: units.length })
              : t('ui.letters.quota.confirm', { kind: t(`ui.letters.quota.kinds.${kind}`), count: units.length })}
          </Text>
          <ScrollArea.Autosize mah={220} type="auto" viewportProps={{ tabIndex: 0 }}>
            <List size="sm" aria-label={t('ui.letters.quota.unitsLabel')}>
              {units.map((u) => (
                <List.Item key={u.unitId}>{u.name}</List.Item>
              ))}
            </List>
          </ScrollArea.Autosize>
          <TextInput
            type="date"
            label={t('ui.letters.quota.date')}
            description={t('ui.letters.quota.dateHint')}
            withAsterisk
            value={date}
            onChange={(e) => setDate(e.currentTarget.value)}
            error={dateValid ? undefined : t('ui.letters.quota.dateInvalid')}
            maw={240}
          />
          <Text size="sm">{t('ui.letters.quota.numbering')}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('ui.common.cancel')}
            </Button>
            <Button onClick={run} loading={start.isPending} disabled={!dateValid || units.length === 0}>
              {t('ui.letters.quota.start', { count: units.length })}
            </Button>
          </Group>
        </Stack>
      )}
    </Dialog>
  );
}
