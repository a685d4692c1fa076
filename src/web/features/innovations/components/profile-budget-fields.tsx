import { NumberInput, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldGroupProps } from '../profile-values.js';
import { ProfileFileField } from './profile-file-field.js';

// No master list holds budget sources yet; these are the national form's usual answers.
const budgetSources = ['apbd', 'apbn', 'apbdes', 'swasta', 'hibah', 'lainnya'] as const;
const documents = 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';

/** Budget in whole rupiah, its source and document, the business profile, and the video (file or link). */
export function ProfileBudgetFields({ values, setField, errors, readOnly, innovationId }: FieldGroupProps & { innovationId: string }) {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const sources: { value: string; label: string }[] = budgetSources.map((s) => ({ value: s, label: t(`ui.innovations.budgetSources.${s}`) }));
  if (values.budgetSource && !sources.some((s) => s.value === values.budgetSource)) sources.push({ value: values.budgetSource, label: values.budgetSource });
  const file = (key: 'budgetFile' | 'businessProfileFile' | 'videoFile', accept: string, hint: string) => (
    <ProfileFileField
      innovationId={innovationId}
      label={t(`ui.innovations.fields.${key}`)}
      hint={hint}
      accept={accept}
      value={values[key]}
      onChange={(f) => setField(key, f)}
      readOnly={readOnly}
      error={errors[key]}
    />
  );

  return (
    <Stack gap="sm">
      <Title order={3} size="h4">
        {t('ui.innovations.profile.budget')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label={t('ui.innovations.fields.budgetAmount')}
          leftSection="Rp"
          value={values.budgetAmount}
          onChange={(v) => setField('budgetAmount', v)}
          thousandSeparator={english ? ',' : '.'}
          decimalSeparator={english ? '.' : ','}
          allowDecimal={false}
          allowNegative={false}
          min={0}
          hideControls
          inputMode="numeric"
          error={errors.budgetAmount}
          readOnly={readOnly}
        />
        <Select
          label={t('ui.innovations.fields.budgetSource')}
          data={sources}
          value={values.budgetSource}
          onChange={(v) => setField('budgetSource', v)}
          clearable={!readOnly}
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          error={errors.budgetSource}
          readOnly={readOnly}
        />
      </SimpleGrid>
      {file('budgetFile', documents, t('ui.innovations.files.documentHint'))}
      {file('businessProfileFile', documents, t('ui.innovations.files.documentHint'))}
      {file('videoFile', 'video/mp4,.mp4', t('ui.innovations.files.videoHint'))}
      <TextInput
        type="url"
        label={t('ui.innovations.fields.videoUrl')}
        placeholder="https://"
        value={values.videoUrl}
        onChange={(e) => setField('videoUrl', e.currentTarget.value)}
        error={errors.videoUrl}
        readOnly={readOnly}
      />
    </Stack>
  );
}
