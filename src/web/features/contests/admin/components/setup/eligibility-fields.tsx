import { Checkbox, Group, NumberInput, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { entrantKinds } from '../../../../../../domain/contests/contests.js';
import type { SetupForm } from './setup-section.js';

/** Who may enter: person, group (with its largest size) or unit; residency, the implementation window, the not-awarded declaration. */
export function EligibilityFields({ form }: { form: SetupForm }) {
  const { t } = useTranslation();
  const groups = form.values.eligibility.entrants.includes('kelompok');
  return (
    <Stack gap="sm">
      <Checkbox.Group label={t('ui.contestAdmin.setup.eligibility.entrants')} withAsterisk {...form.getInputProps('eligibility.entrants')}>
        <Group mt="xs">
          {entrantKinds.map((k) => (
            <Checkbox key={k} value={k} label={t(`contestTerms.entrantKind.${k}`)} />
          ))}
        </Group>
      </Checkbox.Group>
      {groups && (
        <NumberInput
          label={t('ui.contestAdmin.setup.eligibility.maxGroupSize')}
          description={t('ui.contestAdmin.setup.eligibility.maxGroupSizeHint')}
          min={2}
          max={50}
          allowDecimal={false}
          maw={360}
          {...form.getInputProps('eligibility.maxGroupSize')}
        />
      )}
      <Checkbox label={t('ui.contestAdmin.setup.eligibility.residentsOnly')} {...form.getInputProps('eligibility.residentsOnly', { type: 'checkbox' })} />
      <Checkbox label={t('ui.contestAdmin.setup.eligibility.notAwardedElsewhere')} {...form.getInputProps('eligibility.notAwardedElsewhere', { type: 'checkbox' })} />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" maw={560}>
        <TextInput type="date" label={t('ui.contestAdmin.setup.eligibility.implementedFrom')} {...form.getInputProps('eligibility.implementedFrom')} />
        <TextInput type="date" label={t('ui.contestAdmin.setup.eligibility.implementedTo')} {...form.getInputProps('eligibility.implementedTo')} />
      </SimpleGrid>
      <Textarea label={t('ui.contestAdmin.setup.eligibility.notes')} autosize minRows={2} maxLength={5000} {...form.getInputProps('eligibility.notes')} />
    </Stack>
  );
}
