import { Button, Fieldset, Group, SimpleGrid, Stack, TagsInput, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { RemoveButton } from './remove-button.js';
import type { SetupForm } from './setup-section.js';

/** The categories (a key and a name each) and the fields of work entrants choose from. */
export function CategoriesFields({ form }: { form: SetupForm }) {
  const { t } = useTranslation();
  const categories = form.values.categories;
  return (
    <Stack gap="sm">
      {categories.map((c, i) => {
        const legend = t('ui.contestAdmin.setup.categories.legend', { n: i + 1 });
        return (
          <Fieldset key={i} legend={legend} variant="filled">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
              <TextInput label={t('ui.contestAdmin.setup.key')} description={t('ui.contestAdmin.setup.keyHint')} withAsterisk maxLength={40} {...form.getInputProps(`categories.${i}.key`)} />
              <TextInput label={t('ui.contestAdmin.setup.categories.name')} withAsterisk maxLength={100} {...form.getInputProps(`categories.${i}.name`)} />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <RemoveButton what={c.name || legend} disabled={categories.length <= 1} onClick={() => form.removeListItem('categories', i)} />
            </Group>
          </Fieldset>
        );
      })}
      <Group>
        <Button variant="default" size="xs" disabled={categories.length >= 20} onClick={() => form.insertListItem('categories', { key: '', name: '' })}>
          {t('ui.contestAdmin.setup.categories.add')}
        </Button>
      </Group>
      <TagsInput
        label={t('ui.contestAdmin.setup.categories.fieldsOfWork')}
        description={t('ui.contestAdmin.setup.tagsHint')}
        maxTags={30}
        clearable
        clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
        {...form.getInputProps('fieldsOfWork')}
      />
    </Stack>
  );
}
