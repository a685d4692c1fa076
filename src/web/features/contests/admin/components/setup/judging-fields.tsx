import { NumberInput, Radio, SegmentedControl, SimpleGrid, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { assignmentModes, tieBreakRules } from '../../../../../../domain/contests/contests.js';
import type { SetupForm } from './setup-section.js';

/** Normalisation, the tie-break rule, how entries are spread over the judges, and how many win per category. */
export function JudgingFields({ form }: { form: SetupForm }) {
  const { t } = useTranslation();
  const spread = form.values.assignment.mode === 'sebar';
  return (
    <Stack gap="sm">
      <Switch
        label={t('ui.contestAdmin.setup.judging.normalise')}
        description={t('ui.contestAdmin.setup.judging.normaliseHint')}
        {...form.getInputProps('normalise', { type: 'checkbox' })}
      />
      <Radio.Group label={t('ui.contestAdmin.setup.judging.tieBreak')} {...form.getInputProps('tieBreak')}>
        <Stack gap="xs" mt="xs">
          {tieBreakRules.map((r) => (
            <Radio key={r} value={r} label={t(`contestTerms.tieBreak.${r}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <Stack gap={4}>
        <Text size="sm" fw={500} id="setup-assignment-mode">
          {t('ui.contestAdmin.setup.judging.assignmentMode')}
        </Text>
        <SegmentedControl
          aria-labelledby="setup-assignment-mode"
          data={assignmentModes.map((m) => ({ value: m, label: t(`contestTerms.assignmentMode.${m}`) }))}
          maw={420}
          {...form.getInputProps('assignment.mode')}
        />
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" maw={560}>
        {spread && (
          <NumberInput
            label={t('ui.contestAdmin.setup.judging.minPerEntry')}
            withAsterisk
            min={1}
            max={20}
            allowDecimal={false}
            {...form.getInputProps('assignment.minPerEntry')}
          />
        )}
        <NumberInput label={t('ui.contestAdmin.setup.judging.winners')} withAsterisk min={1} max={10} allowDecimal={false} {...form.getInputProps('winnersPerCategory')} />
      </SimpleGrid>
    </Stack>
  );
}
