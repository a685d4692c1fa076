import { Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { contestKinds } from '../../../../../../domain/contests/contests.js';
import type { SetupForm } from './setup-section.js';

/** Name, kind, the short description and the rules shown on the portal. */
export function GeneralFields({ form }: { form: SetupForm }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <TextInput label={t('ui.contestAdmin.setup.general.name')} withAsterisk maxLength={200} {...form.getInputProps('name')} />
      <Select
        label={t('ui.contestAdmin.setup.general.kind')}
        data={contestKinds.map((k) => ({ value: k, label: t(`contestTerms.kind.${k}`) }))}
        allowDeselect={false}
        maw={360}
        {...form.getInputProps('kind')}
      />
      <Textarea label={t('ui.contestAdmin.setup.general.description')} autosize minRows={2} maxLength={5000} {...form.getInputProps('description')} />
      <Textarea
        label={t('ui.contestAdmin.setup.general.rules')}
        description={t('ui.contestAdmin.setup.general.rulesHint')}
        autosize
        minRows={4}
        maxRows={16}
        maxLength={20000}
        {...form.getInputProps('rules')}
      />
    </Stack>
  );
}
