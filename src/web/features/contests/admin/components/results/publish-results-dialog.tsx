import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Round } from '../../../../../../domain/contracts/contests.js';
import { ConfirmDialog } from '../../../../../components/confirm-dialog.js';
import { useFormat } from '../../../../../lib/format.js';
import { notifySuccess } from '../../../../../lib/notify.js';
import { usePublishResults } from '../../api/use-results.js';

/**
 * Asks before freezing the ranking: the winners go on the portal and every entrant is told; it
 * cannot be undone. Publishing while the round is still open is allowed (the chair may be done
 * early), but it also locks every judge's sheet there and then, so the dialog says so.
 */
export function PublishResultsDialog({ contestId, round, normalised, onClose }: { contestId: string; round: Pick<Round, 'id' | 'name' | 'state' | 'closesAt'>; normalised: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const publish = usePublishResults(contestId);
  return (
    <ConfirmDialog
      title={t('ui.contestAdmin.results.publishTitle')}
      message={t(normalised ? 'ui.contestAdmin.results.publishMessageNormalised' : 'ui.contestAdmin.results.publishMessageRaw', { round: round.name })}
      confirmLabel={t('ui.contestAdmin.results.publish')}
      loading={publish.isPending}
      error={publish.error}
      onConfirm={() =>
        publish.mutate(
          { roundId: round.id, normalised },
          {
            onSuccess: () => {
              notifySuccess(t('ui.contestAdmin.results.published'));
              onClose();
            },
          },
        )
      }
      onClose={onClose}
    >
      {round.state === 'buka' && (
        <Alert color="yellow" variant="light">
          {t('ui.contestAdmin.results.publishWhileOpen', { close: format.instant(round.closesAt) })}
        </Alert>
      )}
    </ConfirmDialog>
  );
}
