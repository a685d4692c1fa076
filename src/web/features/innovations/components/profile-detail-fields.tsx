import { NumberInput, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldGroupProps } from '../profile-values.js';

/** Goal, benefits and results (the national form's long answers), the development date and IGA history. */
export function ProfileDetailFields({ values, setField, errors, readOnly }: FieldGroupProps) {
  const { t } = useTranslation();
  const long = (key: 'goal' | 'benefits' | 'results') => (
    <Textarea
      label={t(`ui.innovations.fields.${key}`)}
      withAsterisk
      value={values[key]}
      onChange={(e) => setField(key, e.currentTarget.value)}
      autosize
      minRows={3}
      maxLength={5000}
      error={errors[key]}
      readOnly={readOnly}
    />
  );

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('ui.innovations.profile.details')}
      </Title>
      {long('goal')}
      {long('benefits')}
      {long('results')}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          type="date"
          label={t('ui.innovations.fields.developedOn')}
          value={values.developedOn}
          onChange={(e) => setField('developedOn', e.currentTarget.value)}
          error={errors.developedOn}
          readOnly={readOnly}
        />
        <NumberInput
          label={t('ui.innovations.fields.igaEntries')}
          description={t('ui.innovations.profile.igaHint')}
          value={values.igaEntries}
          onChange={(v) => setField('igaEntries', v)}
          min={0}
          max={50}
          allowDecimal={false}
          allowNegative={false}
          error={errors.igaEntries}
          readOnly={readOnly}
        />
      </SimpleGrid>
    </Stack>
  );
}
