import { Fieldset, MultiSelect, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export const evidenceKinds = ['pdf', 'image', 'video', 'link'] as const;
export type EvidenceValues = { kinds: string[]; note: string };

/** What evidence one option accepts (kinds) and what the operator should upload (note). */
export function OptionEvidenceFields<V extends { evidence: EvidenceValues[] }>({ form, option }: { form: UseFormReturnType<V>; option: number }) {
  const { t } = useTranslation();
  const i = option - 1;
  return (
    <Fieldset legend={t('ui.periods.evidenceLegend', { option })} variant="filled">
      <Stack gap="xs">
        <MultiSelect
          label={t('ui.periods.evidenceKinds', { option })}
          withAsterisk
          data={evidenceKinds.map((kind) => ({ value: kind, label: t(`ui.periods.kinds.${kind}`) }))}
          {...form.getInputProps(`evidence.${i}.kinds`)}
        />
        <Textarea label={t('ui.periods.evidenceNote', { option })} autosize minRows={1} {...form.getInputProps(`evidence.${i}.note`)} />
      </Stack>
    </Fieldset>
  );
}
