import { Divider, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contest } from '../../../../../../domain/contracts/contests.js';
import { Dialog } from '../../../../../components/dialog.js';
import { ErrorAlert } from '../../../../../components/error-alert.js';
import { PageLoader } from '../../../../../components/page-loader.js';
import { useEntry } from '../../api/use-entries.js';
import { EntryDetails } from './entry-details.js';
import { SelectionForm } from './selection-form.js';

/** One entry, read only, with its files and the selection. */
export function EntryDialog({ contest, entryId, onClose }: { contest: Contest; entryId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const entry = useEntry(entryId);
  const data = entry.data;
  return (
    <Dialog title={data ? data.title || t('ui.contestAdmin.entries.untitled') : t('ui.contestAdmin.entry.title')} onClose={onClose} size="xl">
      {entry.isPending ? (
        <PageLoader />
      ) : !data ? (
        <ErrorAlert error={entry.error} />
      ) : (
        <Stack gap="lg">
          <EntryDetails contest={contest} entry={data} />
          <Divider />
          <SelectionForm key={data.version} contestId={contest.id} entry={data} />
        </Stack>
      )}
    </Dialog>
  );
}
