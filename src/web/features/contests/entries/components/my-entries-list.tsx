import { Anchor, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MyEntries } from '../../../../../domain/contracts/contests.js';
import { useFormat } from '../../../../lib/format.js';
import { EntryStatusBadge } from '../../entry-status-badge.js';

type Item = MyEntries['entries'][number];

/** The caller's entries: contest, number, status, when sent, the result once published. */
export function MyEntriesList({ items }: { items: Item[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((entry) => (
        <Paper component="li" withBorder p="md" key={entry.id}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Title order={3} size="h5">
                <Anchor component={Link} to={`/lomba-saya/${entry.id}`}>
                  {entry.title.trim() || t('ui.contestEntry.mine.untitled')}
                </Anchor>
              </Title>
              <EntryStatusBadge status={entry.status} />
            </Group>
            <Text size="sm" c="dimmed">
              {[
                entry.contestName,
                entry.number && t('ui.contestEntry.mine.number', { number: entry.number }),
                entry.submittedAt ? t('ui.contestEntry.mine.sentOn', { date: format.instant(entry.submittedAt) }) : t('ui.contestEntry.mine.notSent'),
                entry.closesAt && t('ui.contestEntry.mine.closes', { date: format.instant(entry.closesAt) }),
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {entry.result && (
              <Text size="sm" fw={500}>
                {entry.result.winner && entry.result.rank !== null ? t('ui.contestEntry.result.winner', { rank: entry.result.rank }) : t('ui.contestEntry.result.participant')}
              </Text>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
