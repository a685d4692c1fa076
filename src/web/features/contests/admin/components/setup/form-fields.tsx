import { Button, Checkbox, Fieldset, Group, Select, SimpleGrid, Stack, TagsInput, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formFieldKinds } from '../../../../../../domain/contests/contests.js';
import { RemoveButton } from './remove-button.js';
import type { SetupForm } from './setup-section.js';

/** The contest's own questions on the entry form (text, number, choice, file, link), beyond title and summary. */
export function FormFields({ form }: { form: SetupForm }) {
  const { t } = useTranslation();
  const fields = form.values.form;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dimmed">
        {t('ui.contestAdmin.setup.form.hint')}
      </Text>
      {fields.length === 0 && <Text c="dimmed">{t('ui.contestAdmin.setup.form.empty')}</Text>}
      {fields.map((f, i) => {
        const legend = t('ui.contestAdmin.setup.form.legend', { n: i + 1, name: f.label || f.key });
        return (
          <Fieldset key={i} legend={legend} variant="filled">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput label={t('ui.contestAdmin.setup.form.label')} withAsterisk maxLength={200} {...form.getInputProps(`form.${i}.label`)} />
              <TextInput label={t('ui.contestAdmin.setup.key')} description={t('ui.contestAdmin.setup.keyHint')} withAsterisk maxLength={40} {...form.getInputProps(`form.${i}.key`)} />
              <Select
                label={t('ui.contestAdmin.setup.form.kind')}
                data={formFieldKinds.map((k) => ({ value: k, label: t(`contestTerms.fieldKind.${k}`) }))}
                allowDeselect={false}
                {...form.getInputProps(`form.${i}.kind`)}
              />
              <TextInput label={t('ui.contestAdmin.setup.form.help')} maxLength={500} {...form.getInputProps(`form.${i}.help`)} />
            </SimpleGrid>
            {f.kind === 'pilihan' && (
              <TagsInput
                mt="xs"
                label={t('ui.contestAdmin.setup.form.options')}
                description={t('ui.contestAdmin.setup.form.optionsHint')}
                maxTags={30}
                {...form.getInputProps(`form.${i}.options`)}
              />
            )}
            <Group justify="space-between" mt="xs">
              <Checkbox label={t('ui.contestAdmin.setup.form.required')} {...form.getInputProps(`form.${i}.required`, { type: 'checkbox' })} />
              <RemoveButton what={legend} onClick={() => form.removeListItem('form', i)} />
            </Group>
          </Fieldset>
        );
      })}
      <Group>
        <Button
          variant="default"
          size="xs"
          disabled={fields.length >= 30}
          onClick={() => form.insertListItem('form', { key: '', label: '', kind: 'teks', required: false, help: '', options: [] })}
        >
          {t('ui.contestAdmin.setup.form.add')}
        </Button>
      </Group>
    </Stack>
  );
}
