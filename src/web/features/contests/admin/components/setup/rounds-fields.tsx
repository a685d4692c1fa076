import { Badge, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contest } from '../../../../../../domain/contracts/contests.js';
import { judgingModes, roundKinds } from '../../../../../../domain/contests/contests.js';
import { toZoneLocalSeconds } from '../../../../../../domain/zone-time.js';
import { RemoveButton } from './remove-button.js';
import type { SetupForm } from './setup-section.js';

// Filled dark shades (white text) where a light badge would fall short of AA contrast.
const stateBadge = { belum: { color: 'gray', variant: 'light' }, buka: { color: 'teal.9', variant: 'filled' }, tutup: { color: 'gray.8', variant: 'filled' } } as const;

/**
 * The timeline: each round's open and close instants on the region's wall clock (seconds kept), its
 * state now, and the judging mode of a judging round. New judging rounds go before the announcement.
 */
export function RoundsFields({ form, contest }: { form: SetupForm; contest: Contest }) {
  const { t } = useTranslation();
  const zone = t(`ui.timeZones.short.${contest.zone}`);
  const rounds = form.values.rounds;
  const addJudging = () => {
    const last = rounds.at(-1);
    const at = last?.kind === 'pengumuman' ? rounds.length - 1 : rounds.length;
    const previous = rounds[at - 1];
    // Starts where the round before it ends, so the timeline stays in order until edited.
    const start = previous?.closesAt ?? toZoneLocalSeconds(new Date().toISOString(), contest.zone);
    form.insertListItem('rounds', { id: null, kind: 'penjurian', name: t('ui.contestAdmin.setup.rounds.newName'), opensAt: start, closesAt: start, mode: 'desk' }, at);
  };

  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('ui.contestAdmin.setup.rounds.hint', { zone: t(`ui.timeZones.long.${contest.zone}`) })}
      </Text>
      {rounds.map((r, i) => {
        const stored = r.id ? contest.rounds.find((x) => x.id === r.id) : undefined;
        const legend = t('ui.contestAdmin.setup.rounds.legend', { n: i + 1, name: r.name || t(`contestTerms.roundKind.${r.kind}`) });
        return (
          <Fieldset key={r.id ?? `new-${i}`} legend={legend} variant="filled">
            <Stack gap="xs">
              {stored && (
                <Group gap="xs">
                  <Badge {...stateBadge[stored.state]}>
                    {t(`contestTerms.roundState.${stored.state}`)}
                  </Badge>
                </Group>
              )}
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <Select
                  label={t('ui.contestAdmin.setup.rounds.kind')}
                  data={roundKinds.map((k) => ({ value: k, label: t(`contestTerms.roundKind.${k}`) }))}
                  allowDeselect={false}
                  {...form.getInputProps(`rounds.${i}.kind`)}
                />
                <TextInput label={t('ui.contestAdmin.setup.rounds.name')} withAsterisk maxLength={200} {...form.getInputProps(`rounds.${i}.name`)} />
                <TextInput type="datetime-local" step={1} label={t('ui.contestAdmin.setup.rounds.opensAt', { zone })} withAsterisk {...form.getInputProps(`rounds.${i}.opensAt`)} />
                <TextInput type="datetime-local" step={1} label={t('ui.contestAdmin.setup.rounds.closesAt', { zone })} withAsterisk {...form.getInputProps(`rounds.${i}.closesAt`)} />
                {r.kind === 'penjurian' && (
                  <Select
                    label={t('ui.contestAdmin.setup.rounds.mode')}
                    data={judgingModes.map((m) => ({ value: m, label: t(`contestTerms.judgingMode.${m}`) }))}
                    allowDeselect={false}
                    {...form.getInputProps(`rounds.${i}.mode`)}
                  />
                )}
              </SimpleGrid>
              <Group justify="flex-end">
                <RemoveButton what={legend} disabled={rounds.length <= 3} onClick={() => form.removeListItem('rounds', i)} />
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="default" size="xs" disabled={rounds.length >= 10} onClick={addJudging}>
          {t('ui.contestAdmin.setup.rounds.add')}
        </Button>
      </Group>
    </Stack>
  );
}
