import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorAnswer } from '../../../../domain/contracts/innovations.js';
import type { IndicatorReviewInput } from '../../../../domain/contracts/review.js';
import type { IndicatorReviewState } from '../../../../domain/review/workflow.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useFormat } from '../../../lib/format.js';
import { useIndicatorReview } from '../api/use-indicator-review.js';
import { useReview } from '../api/use-review.js';
import { IndicatorReviewBadge, type IndicatorReviewWording } from './review-state-badge.js';

type Props = {
  code: string;
  state: IndicatorReviewState;
  returnNote: string | null | undefined;
  /** Who gave the verdict, and when, if that is known. */
  reviewer: { name: string; at?: string } | undefined;
  mayReview: boolean;
  /** Sends the verdict; what the server answers with is the caller's to take in. */
  decide: UseMutationResult<unknown, Error, { code: string; input: IndicatorReviewInput }>;
  /** A mentor reviews an innovation's indicators for the unit; a mentor or assessor the region's for its administrator. */
  wording: IndicatorReviewWording;
};

/**
 * The review of one answered indicator: its state and reviewer for everyone, the note of a return in
 * plain sight for whoever must fix it, and for the reviewer "Terima" and "Kembalikan".
 */
export function IndicatorReviewControls({ code, state, returnNote, reviewer, mayReview, decide, wording }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [returning, setReturning] = useState(false);
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [done, setDone] = useState('');
  const returnButton = useRef<HTMLButtonElement>(null);

  const accept = () => {
    setDone('');
    decide.mutate({ code, input: { decision: 'accepted' } }, { onSuccess: () => setDone(t(`${wording}.accepted`, { code })) });
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
          setDone(t(`${wording}.returned`, { code }));
        },
      },
    );
  };

  return (
    <Stack gap={6} role="group" aria-label={t(`${wording}.label`, { code })}>
      <Group gap="xs" wrap="wrap">
        <IndicatorReviewBadge state={state} wording={wording} />
        {state !== 'pending' && reviewer && (
          <Text size="xs" c="dimmed">
            {t(`${wording}.by`, { name: reviewer.name, at: reviewer.at && format.instant(reviewer.at) })}
          </Text>
        )}
      </Group>
      {state === 'returned' && returnNote && (
        <Alert color="red" title={t(`${wording}.returnedTitle`)}>
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
            aria-label={t(`${wording}.acceptFor`, { code })}
            disabled={state === 'accepted'}
            loading={decide.isPending && decide.variables.input.decision === 'accepted'}
            onClick={accept}
          >
            {t(`${wording}.accept`)}
          </Button>
          <Button
            ref={returnButton}
            size="xs"
            variant="default"
            aria-label={t(`${wording}.returnFor`, { code })}
            onClick={() => {
              setReturning(true);
              setDone('');
              // A failed acceptance's error does not belong under the return form.
              decide.reset();
            }}
          >
            {t(`${wording}.return`)}
          </Button>
        </Group>
      )}
      {mayReview && returning && (
        <form onSubmit={sendBack} noValidate>
          <Stack gap="xs">
            <Textarea
              label={t(`${wording}.returnNote`, { code })}
              description={t(`${wording}.returnHint`)}
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
                {t(`${wording}.returnSubmit`)}
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

type InnovationProps = { innovationId: string; code: string; answer: IndicatorAnswer | undefined };

/** The mentor's review of one of an innovation's indicators; only an answered indicator is reviewed. */
export function InnovationIndicatorReview({ innovationId, code, answer }: InnovationProps) {
  // Shared with the review panel: one request per innovation, however many indicators.
  const review = useReview(innovationId);
  const decide = useIndicatorReview(innovationId);

  if (!answer || answer.option === 0) return null;
  const entry = review.data?.indicators.find((i) => i.code === code);
  return (
    <IndicatorReviewControls
      code={code}
      // The review's copy is the newest after a verdict; the answer's covers the moment before it loads.
      state={entry?.review ?? answer.review}
      returnNote={entry ? entry.note : answer.reviewNote}
      reviewer={entry?.reviewerName && entry.reviewedAt ? { name: entry.reviewerName, at: entry.reviewedAt } : undefined}
      mayReview={review.data?.mayReviewIndicators ?? false}
      decide={decide}
      wording="ui.review.indicator"
    />
  );
}
