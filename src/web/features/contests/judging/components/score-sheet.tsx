import { Alert, Button, Checkbox, Fieldset, Group, NumberInput, Stack, Text, Textarea, VisuallyHidden } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion, JudgeEntry, SheetInput } from '../../../../../domain/contracts/contests.js';
import { ErrorAlert } from '../../../../components/error-alert.js';
import { useFormat } from '../../../../lib/format.js';
import { showFieldErrors } from '../../../../lib/form-errors.js';
import { clearLocalDraft, readLocalDraft, writeLocalDraft } from '../../../../lib/local-draft.js';
import { notifySuccess } from '../../../../lib/notify.js';
import { useSaveSheet } from '../api/use-judging.js';

type Line = { criterion: string; score: number | string; abstain: boolean; comment: string };
type SheetValues = { scores: Line[] };

/** The stored sheet in the rubric's order, one line per criterion (the server's field paths `scores.<i>.…` follow it). */
const linesOf = (criteria: readonly Criterion[], sheet: JudgeEntry['sheet']): Line[] =>
  criteria.map((c) => {
    const line = sheet.find((l) => l.criterion === c.key);
    return { criterion: c.key, score: line?.score ?? '', abstain: line?.abstain ?? false, comment: line?.comment ?? '' };
  });

const scored = (line: Line) => line.score !== '' && !line.abstain;

/** One local copy per account, round and entry: scores typed but not yet saved survive a reload. */
const draftKey = (userId: string, data: JudgeEntry) => `lumbung.scoreSheetDraft.${userId}.${data.roundId}.${data.entry.id}`;

/** The local copy when it still fits the rubric and differs from what the server holds. */
function restoredLines(userId: string, data: JudgeEntry, stored: Line[]): Line[] | null {
  const value = readLocalDraft(draftKey(userId, data));
  if (!Array.isArray(value) || value.length !== stored.length) return null;
  const lines = value.map((l: Partial<Line>, i) => ({
    criterion: stored[i]!.criterion,
    score: typeof l?.score === 'number' || typeof l?.score === 'string' ? l.score : '',
    abstain: l?.abstain === true,
    comment: typeof l?.comment === 'string' ? l.comment : '',
  }));
  return JSON.stringify(lines) === JSON.stringify(stored) ? null : lines;
}

/**
 * The judge's score sheet: per criterion a score within its range (weight and guidance beside it),
 * or abstain, and a comment — required where the criterion says so. Partial sheets save. Locked
 * from the round's close instant on, or once the results are published (`lockedBy` says which, so
 * the judge is told the right reason); not open before the round opens.
 */
export function ScoreSheet({ data, userId, lockedBy, notOpenUntil }: { data: JudgeEntry; userId: string; lockedBy: JudgeEntry['lockedBy']; notOpenUntil: string | null }) {
  const { t } = useTranslation();
  const format = useFormat();
  const save = useSaveSheet(data.roundId, data.entry.id);
  const locked = lockedBy !== null;
  const readOnly = locked || notOpenUntil !== null;
  const stored = linesOf(data.criteria, data.sheet);
  const [restored] = useState(() => (readOnly ? null : restoredLines(userId, data, stored)));
  const form = useForm<SheetValues>({
    initialValues: { scores: restored ?? stored },
    onValuesChange: (values) => {
      if (!readOnly) writeLocalDraft(draftKey(userId, data), values.scores);
    },
    validate: {
      scores: {
        score: (value, values, path) => {
          const i = Number(path.split('.')[1]);
          const c = data.criteria[i];
          if (!c || value === '' || values.scores[i]?.abstain) return null;
          const n = Number(value);
          return Number.isFinite(n) && n >= c.min && n <= c.max ? null : t('ui.judging.sheet.outOfRange', { min: c.min, max: c.max });
        },
        comment: (value, values, path) => {
          const i = Number(path.split('.')[1]);
          const line = values.scores[i];
          return data.criteria[i]?.commentRequired && line && scored(line) && !value.trim() ? t('ui.judging.sheet.commentRequired') : null;
        },
      },
    },
  });
  const lines = form.values.scores;
  const done = lines.filter((l) => scored(l) || l.abstain).length;

  const submit = form.onSubmit((values) => {
    const input: SheetInput = {
      scores: values.scores.map((l) => ({
        criterion: l.criterion,
        score: l.abstain || l.score === '' ? null : Number(l.score),
        abstain: l.abstain,
        comment: l.comment.trim() || null,
      })),
    };
    save.mutate(input, {
      onSuccess: () => {
        clearLocalDraft(draftKey(userId, data));
        notifySuccess(t('ui.judging.sheet.saved'));
      },
      onError: (err) => showFieldErrors(form, err, (p) => p),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {restored && (
          <Alert color="blue" role="status">
            {t('ui.judging.sheet.draftRestored')}
          </Alert>
        )}
        {lockedBy === 'resultsPublished' && (
          <Alert color="orange" role="status" title={t('ui.judging.sheet.publishedTitle')}>
            {t('ui.judging.sheet.published')}
          </Alert>
        )}
        {lockedBy === 'roundClosed' && (
          <Alert color="orange" role="status" title={t('ui.judging.sheet.lockedTitle')}>
            {t('ui.judging.sheet.locked')}
          </Alert>
        )}
        {!locked && notOpenUntil && (
          <Alert color="blue" role="status">
            {t('ui.judging.sheet.notOpen', { date: format.instant(notOpenUntil) })}
          </Alert>
        )}
        <Text size="sm">
          {t('ui.judging.sheet.done', { done, total: data.criteria.length })}
          {data.updatedAt && ` · ${t('ui.judging.sheet.updatedAt', { date: format.instant(data.updatedAt) })}`}
        </Text>
        {data.criteria.map((c, i) => {
          const line = lines[i]!;
          return (
            <Fieldset key={c.key} legend={c.name}>
              <Stack gap="xs">
                <Text size="sm" c="dimmed">
                  {t('ui.judging.sheet.weightRange', { weight: c.weight, min: c.min, max: c.max })}
                </Text>
                {c.guidance && <Text size="sm">{c.guidance}</Text>}
                <Group align="flex-end" wrap="wrap" gap="md">
                  <NumberInput
                    label={
                      <>
                        {t('ui.judging.sheet.score')}
                        <VisuallyHidden> {c.name}</VisuallyHidden>
                      </>
                    }
                    description={t('ui.judging.sheet.range', { min: c.min, max: c.max })}
                    min={c.min}
                    max={c.max}
                    clampBehavior="none"
                    allowNegative={false}
                    disabled={readOnly || line.abstain}
                    w={160}
                    {...form.getInputProps(`scores.${i}.score`)}
                  />
                  <Checkbox
                    mb={8}
                    label={
                      <>
                        {t('ui.judging.sheet.abstain')}
                        <VisuallyHidden> {c.name}</VisuallyHidden>
                      </>
                    }
                    disabled={readOnly}
                    {...form.getInputProps(`scores.${i}.abstain`, { type: 'checkbox' })}
                    onChange={(e) => {
                      form.setFieldValue(`scores.${i}.abstain`, e.currentTarget.checked);
                      if (e.currentTarget.checked) form.setFieldValue(`scores.${i}.score`, '');
                    }}
                  />
                </Group>
                <Textarea
                  label={
                    <>
                      {t('ui.judging.sheet.comment')}
                      <VisuallyHidden> {c.name}</VisuallyHidden>
                    </>
                  }
                  description={c.commentRequired ? t('ui.judging.sheet.commentRequiredHint') : undefined}
                  withAsterisk={c.commentRequired}
                  autosize
                  minRows={2}
                  maxRows={10}
                  maxLength={5000}
                  disabled={readOnly}
                  {...form.getInputProps(`scores.${i}.comment`)}
                />
              </Stack>
            </Fieldset>
          );
        })}
        <ErrorAlert error={save.error} formValues={form.values} />
        {!readOnly && (
          <Group>
            <Button type="submit" loading={save.isPending}>
              {t('ui.judging.sheet.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
