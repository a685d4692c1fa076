import { Alert, Badge, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionIndicator } from '../../../../domain/contracts/region-aspect.js';
import type { IndicatorReviewState } from '../../../../domain/review/workflow.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useReviewRegionIndicator } from '../api/use-review-region-indicator.js';

const stateColor = { pending: 'gray', accepted: 'blue', returned: 'red' } as const;

/** The reviewer's verdict on one region indicator; the state's name is the badge's text. */
export function RegionReviewBadge({ state }: { state: IndicatorReviewState }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={stateColor[state]} size="sm">
      {t(`ui.regionAspect.review.states.${state}`)}
    </Badge>
  );
}

type Props = { periodId: string; indicator: RegionIndicator; mayReview: boolean };

/**
 * The review of one region indicator: its state and reviewer for everyone, the note of a return in
 * plain sight for the admin who must fix it, and for mentors and assessors "Terima" and "Kembalikan".
 */
export function RegionReviewControls({ periodId, indicator, mayReview }: Props) {
  const { t } = useTranslation();
  const decide = useReviewRegionIndicator(periodId);
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState('');
  const returnButton = useRef<HTMLButtonElement>(null);
  const { code, review: state } = indicator;
  const answered = indicator.option > 0;

  const accept = () => {
    setDone('');
    decide.mutate({ code, input: { decision: 'accepted' } }, { onSuccess: () => setDone(t('ui.regionAspect.review.accepted', { code })) });
  };
  // The form replaces the button; closing it puts focus back where the reviewer was.
  const closeForm = () => {
    setReturning(false);
    requestAnimationFrame(() => returnButton.current?.focus());
  };
  const sendBack = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!note.trim()) return;
    decide.mutate(
      { code, input: { decision: 'returned', note: note.trim() } },
      {
        onSuccess: () => {
          closeForm();
          setNote('');
          setTried(false);
          setDone(t('ui.regionAspect.review.returned', { code }));
        },
      },
    );
  };

  // Only an answered indicator is reviewed.
  if (!answered) {
    return mayReview ? (
      <Text size="sm" c="dimmed">
        {t('ui.regionAspect.review.unanswered')}
      </Text>
    ) : null;
  }

  return (
    <Stack gap={6} role="group" aria-label={t('ui.regionAspect.review.label', { code })}>
      <Group gap="xs" wrap="wrap">
        <RegionReviewBadge state={state} />
        {state !== 'pending' && indicator.reviewerName && (
          <Text size="xs" c="dimmed">
            {t('ui.regionAspect.review.by', { name: indicator.reviewerName })}
          </Text>
        )}
      </Group>
      {state === 'returned' && indicator.reviewNote && (
        <Alert color="red" title={t('ui.regionAspect.review.returnedTitle')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {indicator.reviewNote}
          </Text>
        </Alert>
      )}
      {mayReview && !returning && (
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            aria-label={t('ui.regionAspect.review.acceptFor', { code })}
            disabled={state === 'accepted'}
            loading={decide.isPending && decide.variables.input.decision === 'accepted'}
            onClick={accept}
          >
            {t('ui.regionAspect.review.accept')}
          </Button>
          <Button
            ref={returnButton}
            size="xs"
            variant="default"
            aria-label={t('ui.regionAspect.review.returnFor', { code })}
            onClick={() => {
              setReturning(true);
              setDone('');
              decide.reset();
            }}
          >
            {t('ui.regionAspect.review.return')}
          </Button>
        </Group>
      )}
      {mayReview && returning && (
        <form onSubmit={sendBack} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('ui.regionAspect.review.returnNote', { code })}
              description={t('ui.regionAspect.review.returnHint')}
              withAsterisk
              autosize
              minRows={2}
              maxLength={2000}
              value={note}
              onChange={(e) => setNote(e.currentTarget.value)}
              error={tried && !note.trim() ? t('validation.required') : undefined}
              autoFocus
            />
            <Group gap="xs">
              <Button type="submit" size="xs" color="red" loading={decide.isPending}>
                {t('ui.regionAspect.review.returnSubmit')}
              </Button>
              <Button size="xs" variant="default" onClick={closeForm}>
                {t('ui.common.cancel')}
              </Button>
            </Group>
          </Stack>
        </form>
      )}
      <ErrorAlert error={decide.error} />
      <Text role="status" size="sm" c="blue.9">
        {done}
      </Text>
    </Stack>
  );
}
