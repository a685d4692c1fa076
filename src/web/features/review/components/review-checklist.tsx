import { List, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewDetail } from '../../../../domain/contracts/review.js';

type Entry = NonNullable<ReviewDetail['checklist']>[number];

/** What must hold before the admin marks the innovation ready to report; each line says met or not in words. */
export function ReviewChecklist({ items }: { items: Entry[] }) {
  const { t } = useTranslation();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Title order={3} size="h5" id={headingId} mb={4}>
        {t('ui.review.checklist.title')}
      </Title>
      <List spacing={4} size="sm" listStyleType="none" withPadding={false}>
        {items.map((entry) => (
          <List.Item key={entry.item}>
            <Text span c={entry.ok ? 'blue.9' : 'red.9'} fw={700} aria-hidden>
              {entry.ok ? '✓' : '✗'}
            </Text>{' '}
            {t(`ui.review.checklist.items.${entry.item}`)}:{' '}
            <Text span fw={600} c={entry.ok ? undefined : 'red.9'}>
              {entry.ok ? t('ui.review.checklist.ok') : t('ui.review.checklist.failed')}
            </Text>
            {entry.detail && (
              <Text span c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                {' · '}
                {t('ui.review.checklist.detail', { detail: entry.detail })}
              </Text>
            )}
          </List.Item>
        ))}
      </List>
    </section>
  );
}
