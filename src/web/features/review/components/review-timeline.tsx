import { Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewEntry } from '../../../../domain/contracts/review.js';
import { useFormat } from '../../../lib/format.js';

/** The review's history, newest first; folded to the latest entry, which usually says what to do now. */
export function ReviewTimeline({ entries }: { entries: ReviewEntry[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const listId = useId();
  const [all, setAll] = useState(false);
  const newestFirst = [...entries].sort((a, b) => Date.parse(b.at) - Date.parse(a.at));
  const shown = all ? newestFirst : newestFirst.slice(0, 1);
  const state = (s: ReviewEntry['from']) => (s ? t(`ui.review.states.${s}`) : '');

  return (
    <Stack gap="xs" component="section" aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId}>
        {t('ui.review.timeline.title')}
      </Title>
      {entries.length === 0 && <Text size="sm">{t('ui.review.timeline.empty')}</Text>}
      <Stack gap="xs" component="ol" id={listId} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {shown.map((entry) => (
          <Paper key={entry.id} withBorder p="xs" component="li">
            <Text size="sm" fw={600}>
              {t(`ui.review.timeline.actions.${entry.action}`, { code: entry.code ?? '' })}
            </Text>
            <Text size="xs" c="dimmed">
              {format.instant(entry.at)} · {entry.actorName ?? t('ui.review.timeline.system')}
            </Text>
            {entry.from && entry.to && entry.from !== entry.to && (
              <Text size="xs">{t('ui.review.timeline.move', { from: state(entry.from), to: state(entry.to) })}</Text>
            )}
            {entry.note && (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {t('ui.review.timeline.note', { note: entry.note })}
              </Text>
            )}
          </Paper>
        ))}
      </Stack>
      {entries.length > 1 && (
        <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} aria-expanded={all} aria-controls={listId} onClick={() => setAll((v) => !v)}>
          {all ? t('ui.review.timeline.hide') : t('ui.review.timeline.show', { count: entries.length })}
        </Button>
      )}
    </Stack>
  );
}
