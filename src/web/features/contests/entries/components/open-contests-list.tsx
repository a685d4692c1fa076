import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MyEntries } from '../../../../../domain/contracts/contests.js';
import { useFormat } from '../../../../lib/format.js';

type Item = MyEntries['open'][number];

/** The contests open for entry now, each with "Ikut" (the rules are on the portal's contest page). */
export function OpenContestsList({ items, onJoin }: { items: Item[]; onJoin: (contestId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((contest) => (
        <Paper component="li" withBorder p="md" key={contest.id}>
          <Group justify="space-between" align="center" wrap="wrap" gap="sm">
            <Stack gap={4}>
              <Title order={3} size="h5" id={`lomba-${contest.id}`}>
                {contest.name}
              </Title>
              <Text size="sm" c="dimmed">
                {[
                  t(`contestTerms.kind.${contest.kind}`),
                  t('ui.contestEntry.open.closes', { date: format.instant(contest.closesAt) }),
                  t('ui.contestEntry.open.entrants', { kinds: contest.entrants.map((k) => t(`contestTerms.entrantKind.${k}`)).join(', ') }),
                ].join(' · ')}
              </Text>
              {/* The public contest page is served by the server: a plain link. */}
              <Anchor href={`/lomba/${contest.slug}`} size="sm">
                {t('ui.contestEntry.open.rules', { name: contest.name })}
              </Anchor>
            </Stack>
            <Button onClick={() => onJoin(contest.id)}>{t('ui.contestEntry.open.join')}</Button>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
