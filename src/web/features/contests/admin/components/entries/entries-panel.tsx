import { Group, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contest } from '../../../../../../domain/contracts/contests.js';
import { entryStatuses, type EntryStatus } from '../../../../../../domain/contests/contests.js';
import { ErrorAlert } from '../../../../../components/error-alert.js';
import { PageLoader } from '../../../../../components/page-loader.js';
import { useContestEntries } from '../../api/use-entries.js';
import { EntriesTable } from './entries-table.js';
import { EntryDialog } from './entry-dialog.js';

/** The Peserta tab: the sent entries filtered by status and category; one opens read only, with the selection. */
export function EntriesPanel({ contest }: { contest: Contest }) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<EntryStatus | null>(null);
  const [category, setCategory] = useState<string | null>(null);
  const [open, setOpen] = useState<string | null>(null);
  const entries = useContestEntries(contest.id, { status: status ?? undefined, category: category ?? undefined });
  const c = contest.counts;

  return (
    <Stack gap="md">
      <Text size="sm">{t('ui.contestAdmin.entries.counts', { submitted: c.submitted, passed: c.passed, failed: c.failed, drafts: c.drafts })}</Text>
      <Group gap="sm" align="flex-end">
        <Select
          label={t('ui.contestAdmin.entries.filterStatus')}
          placeholder={t('ui.contestAdmin.entries.all')}
          data={entryStatuses.filter((s) => s !== 'draf').map((s) => ({ value: s, label: t(`contestTerms.entryStatus.${s}`) }))}
          value={status}
          onChange={(v) => setStatus((v as EntryStatus | null) ?? null)}
          clearable
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          w={220}
        />
        <Select
          label={t('ui.contestAdmin.entries.filterCategory')}
          placeholder={t('ui.contestAdmin.entries.all')}
          data={contest.categories.map((x) => ({ value: x.key, label: x.name }))}
          value={category}
          onChange={setCategory}
          clearable
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          w={260}
        />
      </Group>
      <ErrorAlert error={entries.error} />
      {entries.isPending ? <PageLoader /> : entries.data && <EntriesTable contest={contest} items={entries.data.items} onOpen={setOpen} />}
      {open && <EntryDialog contest={contest} entryId={open} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
