import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../../../components/confirm-dialog.js';
import { notifySuccess } from '../../../../../lib/notify.js';
import { usePublishResults } from '../../api/use-results.js';

/** Asks before freezing the ranking: the winners go on the portal and every entrant is told; it cannot be undone. */
export function PublishResultsDialog({ contestId, round, normalised, onClose }: { contestId: string; round: { id: string; name: string }; normalised: boolean; onClose: () => void }) {
  const { t } = useTranslation();
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
    />
  );
}
