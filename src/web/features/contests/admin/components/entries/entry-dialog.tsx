import { Divider, Stack } from '@mantine/core';
import { useState } from 'react';
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
  // Escape reaches every open modal at once: while the selection's confirmation is open, it closes
  // only that one, not this dialog with the reason being written.
  const [confirming, setConfirming] = useState(false);
  return (
    <Dialog title={data ? data.title || t('ui.contestAdmin.entries.untitled') : t('ui.contestAdmin.entry.title')} onClose={() => !confirming && onClose()} size="xl">
      {entry.isPending ? (
        <PageLoader />
      ) : !data ? (
        <ErrorAlert error={entry.error} />
      ) : (
        <Stack gap="lg">
          <EntryDetails contest={contest} entry={data} />
          <Divider />
          {/* Not remounted when the entry changes (a decision, a refetch after a conflict): the refusal
              and the reason being written stay while the current decision above them updates. */}
          <SelectionForm key={data.id} contestId={contest.id} entry={data} onConfirmingChange={setConfirming} />
        </Stack>
      )}
    </Dialog>
  );
}
