import { Button, Checkbox, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from './remove-button.js';
import type { SetupForm } from './setup-section.js';
import { weightSum } from './setup-values.js';

/** The rubric: each criterion's weight, score range, guidance and whether a comment is required; the weights' sum is shown as typed. */
export function CriteriaFields({ form }: { form: SetupForm }) {
  const { t } = useTranslation();
  const criteria = form.values.criteria;
  const sum = weightSum(criteria);
  return (
    <Stack gap="sm">
      {criteria.map((c, i) => {
        const legend = t('ui.contestAdmin.setup.criteria.legend', { n: i + 1, name: c.name || c.key });
        return (
          <Fieldset key={i} legend={legend} variant="filled">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput label={t('ui.contestAdmin.setup.criteria.name')} withAsterisk maxLength={200} {...form.getInputProps(`criteria.${i}.name`)} />
              <TextInput label={t('ui.contestAdmin.setup.key')} description={t('ui.contestAdmin.setup.keyHint')} withAsterisk maxLength={40} {...form.getInputProps(`criteria.${i}.key`)} />
            </SimpleGrid>
            <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs" mt="xs">
              <NumberInput label={t('ui.contestAdmin.setup.criteria.weight')} withAsterisk min={1} max={100} allowDecimal={false} {...form.getInputProps(`criteria.${i}.weight`)} />
              <NumberInput label={t('ui.contestAdmin.setup.criteria.min')} withAsterisk min={0} max={1000} allowDecimal={false} {...form.getInputProps(`criteria.${i}.min`)} />
              <NumberInput label={t('ui.contestAdmin.setup.criteria.max')} withAsterisk min={1} max={1000} allowDecimal={false} {...form.getInputProps(`criteria.${i}.max`)} />
            </SimpleGrid>
            <Textarea mt="xs" label={t('ui.contestAdmin.setup.criteria.guidance')} autosize minRows={2} maxLength={2000} {...form.getInputProps(`criteria.${i}.guidance`)} />
            <Group justify="space-between" mt="xs">
              <Checkbox label={t('ui.contestAdmin.setup.criteria.commentRequired')} {...form.getInputProps(`criteria.${i}.commentRequired`, { type: 'checkbox' })} />
              <RemoveButton what={legend} disabled={criteria.length <= 1} onClick={() => form.removeListItem('criteria', i)} />
            </Group>
          </Fieldset>
        );
      })}
      <Group justify="space-between">
        <Button
          variant="default"
          size="xs"
          disabled={criteria.length >= 15}
          onClick={() => form.insertListItem('criteria', { key: '', name: '', guidance: '', weight: '', min: 1, max: 10, commentRequired: false })}
        >
          {t('ui.contestAdmin.setup.criteria.add')}
        </Button>
        <Text fw={600} c={sum === 100 ? 'teal.9' : 'red.9'} aria-live="polite" data-testid="weight-sum">
          {t('ui.contestAdmin.setup.criteria.sum', { sum })} · {sum === 100 ? t('ui.contestAdmin.setup.criteria.sumOk') : t('ui.contestAdmin.setup.criteria.sumOff')}
        </Text>
      </Group>
    </Stack>
  );
}
