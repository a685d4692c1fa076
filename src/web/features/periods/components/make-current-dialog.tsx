import { useTranslation } from 'react-i18next';
import type { PeriodSummary } from '../../../../domain/contracts/periods.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useMakeCurrent } from '../api/use-make-current.js';

/** Makes a period the current one, after confirmation. */
export function MakeCurrentDialog({ period, onClose }: { period: PeriodSummary; onClose: () => void }) {
  const { t } = useTranslation();
  const makeCurrent = useMakeCurrent();
  return (
    <ConfirmDialog
      title={t('ui.periods.makeCurrentTitle')}
      message={t('ui.periods.makeCurrentMessage', { year: period.year })}
      confirmLabel={t('ui.periods.makeCurrent')}
      loading={makeCurrent.isPending}
      error={makeCurrent.error}
      onConfirm={() =>
        makeCurrent.mutate(period.id, {
          onSuccess: () => {
            notifySuccess(t('ui.periods.madeCurrent', { year: period.year }));
            onClose();
          },
        })
      }
      onClose={onClose}
    />
  );
}
