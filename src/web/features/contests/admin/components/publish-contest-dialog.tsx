import { useTranslation } from 'react-i18next';
import type { Contest } from '../../../../../domain/contracts/contests.js';
import { ConfirmDialog } from '../../../../components/confirm-dialog.js';
import { notifySuccess } from '../../../../lib/notify.js';
import { usePublishContest } from '../api/use-contests.js';

/** Asks before putting a draft contest on the portal: the public then sees its rules and timeline, and may enter while registration is open. */
export function PublishContestDialog({ contest, onClose }: { contest: Contest; onClose: () => void }) {
  const { t } = useTranslation();
  const publish = usePublishContest(contest.id);
  return (
    <ConfirmDialog
      title={t('ui.contestAdmin.publish.title')}
      message={t('ui.contestAdmin.publish.message', { name: contest.name })}
      confirmLabel={t('ui.contestAdmin.publish.button')}
      loading={publish.isPending}
      error={publish.error}
      onConfirm={() =>
        publish.mutate(undefined, {
          onSuccess: () => {
            notifySuccess(t('ui.contestAdmin.publish.done'));
            onClose();
          },
        })
      }
      onClose={onClose}
    />
  );
}
