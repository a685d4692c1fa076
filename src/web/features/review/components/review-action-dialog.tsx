import { Textarea, TextInput } from '@mantine/core';
import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewActionInput } from '../../../../domain/contracts/review.js';
import type { ReviewAction } from '../../../../domain/review/workflow.js';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { TimeZoneContext } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useReviewAction } from '../api/use-review-action.js';
import { todayIn } from '../format-review.js';

// A step back must say why, or the unit does not know what to change.
const sendsBack: readonly ReviewAction[] = ['return', 'reopen'];

type Props = { innovationId: string; action: ReviewAction; onClose: () => void };

/** Confirms one review action, with a note (required when sending the innovation back) and, for `markReported`, the date. */
export function ReviewActionDialog({ innovationId, action, onClose }: Props) {
  const { t } = useTranslation();
  const zone = useContext(TimeZoneContext);
  const act = useReviewAction(innovationId);
  const [note, setNote] = useState('');
  const [reportedOn, setReportedOn] = useState(() => todayIn(zone));
  const [tried, setTried] = useState(false);
  const needsNote = sendsBack.includes(action);
  const noteMissing = needsNote && !note.trim();
  const dateMissing = action === 'markReported' && !reportedOn;
  const label = t(`ui.review.actions.${action}`);

  const confirm = () => {
    setTried(true);
    if (noteMissing || dateMissing) return;
    const input: ReviewActionInput = { action, ...(note.trim() ? { note: note.trim() } : {}), ...(action === 'markReported' ? { reportedOn } : {}) };
    act.mutate(input, {
      onSuccess: (detail) => {
        notifySuccess(t('ui.review.done', { state: t(`ui.review.states.${detail.state}`) }));
        onClose();
      },
    });
  };

  return (
    <ConfirmDialog
      title={label}
      message={t(`ui.review.confirm.${action}`)}
      confirmLabel={label}
      danger={needsNote}
      loading={act.isPending}
      error={act.error}
      onConfirm={confirm}
      onClose={onClose}
    >
      {action === 'markReported' && (
        <TextInput
          type="date"
          label={t('ui.review.reportedOn')}
          withAsterisk
          max={todayIn(zone)}
          value={reportedOn}
          onChange={(e) => setReportedOn(e.currentTarget.value)}
          error={tried && dateMissing ? t('validation.required') : undefined}
        />
      )}
      <Textarea
        label={needsNote ? t('ui.review.note') : t('ui.review.noteOptional')}
        description={t('ui.review.noteHint')}
        withAsterisk={needsNote}
        autosize
        minRows={needsNote ? 3 : 2}
        maxLength={2000}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={tried && noteMissing ? t('validation.required') : undefined}
        data-autofocus={needsNote || undefined}
      />
    </ConfirmDialog>
  );
}
