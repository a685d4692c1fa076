import { NumberInput, Radio, SimpleGrid, Stack, Switch } from '@mantine/core';
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
      {/* Radios, like the tie-break: the modes' long labels would be cut off in a segmented control on a phone. */}
      <Radio.Group label={t('ui.contestAdmin.setup.judging.assignmentMode')} {...form.getInputProps('assignment.mode')}>
        <Stack gap="xs" mt="xs">
          {assignmentModes.map((m) => (
            <Radio key={m} value={m} label={t(`contestTerms.assignmentMode.${m}`)} />
          ))}
        </Stack>
      </Radio.Group>
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
