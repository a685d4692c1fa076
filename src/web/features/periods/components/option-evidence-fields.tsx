import { Fieldset, MultiSelect, Stack, Textarea } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export const evidenceKinds = ['pdf', 'image', 'video', 'link'] as const;
export type EvidenceValues = { kinds: string[]; note: string };

/** What evidence one option accepts (kinds) and what the operator should upload (note). */
export function OptionEvidenceFields<V>({ form, option, path = 'evidence', basis }: { form: UseFormReturnType<V>; option: number; path?: string; basis?: string }) {
  const { t } = useTranslation();
  const i = option - 1;
  const suffix = basis ? ` ${t('ui.periods.ofBasis', { basis })}` : '';
  return (
    <Fieldset legend={`${t('ui.periods.evidenceLegend', { option })}${suffix}`} variant="filled">
      <Stack gap="xs">
        <MultiSelect
          label={`${t('ui.periods.evidenceKinds', { option })}${suffix}`}
          withAsterisk
          data={evidenceKinds.map((kind) => ({ value: kind, label: t(`ui.periods.kinds.${kind}`) }))}
          {...form.getInputProps(`${path}.${i}.kinds`)}
        />
        <Textarea label={`${t('ui.periods.evidenceNote', { option })}${suffix}`} autosize minRows={1} {...form.getInputProps(`${path}.${i}.note`)} />
      </Stack>
    </Fieldset>
  );
}
