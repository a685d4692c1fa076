import { Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contest } from '../../../../../../domain/contracts/contests.js';
import { PanelView } from './panel-view.js';

/** The Juri tab: one judging round's panel at a time (the first by default). */
export function JudgesPanel({ contest }: { contest: Contest }) {
  const { t } = useTranslation();
  const rounds = contest.rounds.filter((r) => r.kind === 'penjurian');
  const [picked, setPicked] = useState<string | null>(null);
  const round = rounds.find((r) => r.id === picked) ?? rounds[0];
  if (!round) return <Text c="dimmed">{t('ui.contestAdmin.judges.noRounds')}</Text>;

  return (
    <Stack gap="md">
      {rounds.length > 1 && (
        // Radios that wrap: round names in a segmented control would be cut off on a phone.
        <Radio.Group label={t('ui.contestAdmin.judges.roundPicker')} value={round.id} onChange={setPicked}>
          <Group gap="md" mt="xs" wrap="wrap">
            {rounds.map((r) => (
              <Radio key={r.id} value={r.id} label={r.name} />
            ))}
          </Group>
        </Radio.Group>
      )}
      <Title order={2} size="h3">
        {t('ui.contestAdmin.judges.title', { round: round.name })}
      </Title>
      <PanelView key={round.id} contestId={contest.id} roundId={round.id} />
    </Stack>
  );
}
