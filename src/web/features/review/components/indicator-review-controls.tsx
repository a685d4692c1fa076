import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorAnswer } from '../../../../domain/contracts/innovations.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useFormat } from '../../../lib/format.js';
import { useIndicatorReview } from '../api/use-indicator-review.js';
import { useReview } from '../api/use-review.js';
import { IndicatorReviewBadge } from './review-state-badge.js';

type Props = { innovationId: string; code: string; answer: IndicatorAnswer | undefined };

/**
 * The mentor's review of one answered indicator: its state for everyone, the note of a return in
 * plain sight for the operator who must fix it, and for the mentor "Terima" and "Kembalikan".
 */
export function IndicatorReviewControls({ innovationId, code, answer }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  // Shared with the review panel: one request per innovation, however many indicators.
  const review = useReview(innovationId);
  const decide = useIndicatorReview(innovationId);
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState('');
  const returnButton = useRef<HTMLButtonElement>(null);

  // Only an answered indicator is reviewed.
  if (!answer || answer.option === 0) return null;
  const entry = review.data?.indicators.find((i) => i.code === code);
  // The review's copy is the newest after a verdict; the answer's covers the moment before it loads.
  const state = entry?.review ?? answer.review;
  const returnNote = entry ? entry.note : answer.reviewNote;
  const mayReview = review.data?.mayReviewIndicators ?? false;

  const accept = () => {
    setDone('');
    decide.mutate({ code, input: { decision: 'accepted' } }, { onSuccess: () => setDone(t('ui.review.indicator.accepted', { code })) });
  };
  // The form replaces the button; closing it puts focus back where the mentor was.
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
          setDone(t('ui.review.indicator.returned', { code }));
        },
      },
    );
  };

  return (
    <Stack gap={6} role="group" aria-label={t('ui.review.indicator.label', { code })}>
      <Group gap="xs" wrap="wrap">
        <IndicatorReviewBadge state={state} />
        {state !== 'pending' && entry?.reviewerName && entry.reviewedAt && (
          <Text size="xs" c="dimmed">
            {t('ui.review.indicator.by', { name: entry.reviewerName, at: format.instant(entry.reviewedAt) })}
          </Text>
        )}
      </Group>
      {state === 'returned' && returnNote && (
        <Alert color="red" title={t('ui.review.indicator.returnedTitle')}>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
            {returnNote}
          </Text>
        </Alert>
      )}
      {mayReview && !returning && (
        <Group gap="xs">
          <Button
            size="xs"
            variant="light"
            aria-label={t('ui.review.indicator.acceptFor', { code })}
            disabled={state === 'accepted'}
            loading={decide.isPending && decide.variables.input.decision === 'accepted'}
            onClick={accept}
          >
            {t('ui.review.indicator.accept')}
          </Button>
          <Button
            ref={returnButton}
            size="xs"
            variant="default"
            aria-label={t('ui.review.indicator.returnFor', { code })}
            onClick={() => {
              setReturning(true);
              setDone('');
            }}
          >
            {t('ui.review.indicator.return')}
          </Button>
        </Group>
      )}
      {mayReview && returning && (
        <form onSubmit={sendBack} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t('ui.review.indicator.returnNote', { code })}
              description={t('ui.review.indicator.returnHint')}
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
                {t('ui.review.indicator.returnSubmit')}
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
