import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewAction } from '../../../../domain/review/workflow.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { ApiError } from '../../../lib/api.js';
import { useFormat } from '../../../lib/format.js';
import { useReview } from '../api/use-review.js';
import { ReviewActionDialog } from './review-action-dialog.js';
import { ReviewChecklist } from './review-checklist.js';
import { ReviewStateBadge } from './review-state-badge.js';
import { ReviewTimeline } from './review-timeline.js';

// Sending the innovation back is offered, but quieter than the step forward.
const quiet: readonly ReviewAction[] = ['return', 'reopen'];

/**
 * The review of one innovation, above its tabs so the next step is in sight wherever the person
 * works: the state and who acts next, the buttons this person may use, the ready checklist, the history.
 */
export function ReviewPanel({ innovationId }: { innovationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const review = useReview(innovationId);
  const [acting, setActing] = useState<ReviewAction>();
  const detail = review.data;
  // A role that may read the innovation but not its review (if the server says so) simply sees no panel.
  if (review.error instanceof ApiError && review.error.status === 403) return null;

  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="xs" wrap="wrap">
          <Title order={2} size="h4" id={headingId}>
            {t('ui.review.title')}
          </Title>
          {detail && <ReviewStateBadge state={detail.state} />}
          {detail?.since && (
            <Text size="sm" c="dimmed">
              {t('ui.review.since', { at: format.instant(detail.since) })}
            </Text>
          )}
        </Group>
        <ErrorAlert error={review.error} />
        {review.isPending && (
          <Text size="sm" role="status">
            {t('ui.common.loading')}
          </Text>
        )}
        {detail && (
          <>
            <Text size="sm">{t(`ui.review.next.${detail.state}`)}</Text>
            {detail.state === 'dilaporkan' && detail.reportedOn && (
              <Text size="sm">
                {detail.reportedByName
                  ? t('ui.review.reported', { date: format.date(detail.reportedOn), name: detail.reportedByName })
                  : t('ui.review.reportedDate', { date: format.date(detail.reportedOn) })}
              </Text>
            )}
            {detail.actions.length > 0 && (
              <Group gap="xs" role="group" aria-label={t('ui.review.actionsLabel')}>
                {detail.actions.map((action) => (
                  <Button
                    key={action}
                    size="sm"
                    variant={quiet.includes(action) ? 'default' : 'filled'}
                    onClick={() => setActing(action)}
                  >
                    {t(`ui.review.actions.${action}`)}
                  </Button>
                ))}
              </Group>
            )}
            {detail.checklist && <ReviewChecklist items={detail.checklist} />}
            <ReviewTimeline entries={detail.timeline} />
          </>
        )}
      </Stack>
      {acting && <ReviewActionDialog innovationId={innovationId} action={acting} onClose={() => setActing(undefined)} />}
    </Paper>
  );
}
