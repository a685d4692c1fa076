import { useTranslation } from 'react-i18next';
import type { Announcement } from '../../../../domain/contracts/announcements.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useDeleteAnnouncement } from '../api/use-delete-announcement.js';

/** Asks before deleting a draft: deletion cannot be undone (it is audited, the text is kept there). */
export function AnnouncementDeleteDialog({ announcement, onClose }: { announcement: Announcement; onClose: () => void }) {
  const { t } = useTranslation();
  const remove = useDeleteAnnouncement();
  return (
    <ConfirmDialog
      title={t('ui.announcements.deleteTitle')}
      message={t('ui.announcements.deleteMessage', { title: announcement.title })}
      confirmLabel={t('ui.common.delete')}
      danger
      loading={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        remove.mutate(announcement.id, {
          onSuccess: () => {
            notifySuccess(t('ui.announcements.deleted'));
            onClose();
          },
        })
      }
      onClose={onClose}
    />
  );
}
