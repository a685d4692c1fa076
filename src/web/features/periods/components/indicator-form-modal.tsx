import { Checkbox, Fieldset, NumberInput, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Indicator, IndicatorUpdate } from '../../../../domain/contracts/periods.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useUpdateIndicator } from '../api/use-update-indicator.js';
import { fieldErrors } from '../field-errors.js';
import { FormActions } from '../../../components/form-actions.js';
import { OptionEvidenceFields, type EvidenceValues } from './option-evidence-fields.js';

type Options = Indicator['options'];
type Labels = [string, string, string];
type Values = {
  name: string;
  description: string;
  weight: number | string;
  mandatory: boolean;
  options: Labels;
  evidence: EvidenceValues[];
  bases: Record<string, { name: string; options: Labels; evidence: EvidenceValues[] }>;
};

const labelsOf = (options: Options): Labels => [options[0].label, options[1].label, options[2].label];
/** New labels on the same options: the evidence each option needs is kept. */
const relabel = (options: Options, labels: Labels): Options => [
  { ...options[0], label: labels[0].trim() },
  { ...options[1], label: labels[1].trim() },
  { ...options[2], label: labels[2].trim() },
];
const optionNumbers = [1, 2, 3] as const;
const evidenceOf = (options: Options): EvidenceValues[] => options.map((o) => ({ kinds: [...o.evidence.kinds], note: o.evidence.note }));
const withEvidence = (options: Options, evidence: EvidenceValues[]): Options =>
  options.map((o, i) => ({ ...o, evidence: { kinds: evidence[i]!.kinds as Options[0]['evidence']['kinds'][number][], note: evidence[i]!.note.trim() } })) as unknown as Options;

/** Edits one indicator: name, description, weight, mandatory flag, option labels with the evidence each accepts (and its bases' labels). */
export function IndicatorFormModal({ periodId, indicator, onClose }: { periodId: string; indicator: Indicator; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateIndicator();
  const bases = Object.entries(indicator.bases ?? {}).flatMap(([code, basis]) => (basis ? [{ code, basis }] : []));
  const required = (value: string) => (value.trim() ? null : t('validation.required'));
  const form = useForm<Values>({
    initialValues: {
      name: indicator.name,
      description: indicator.description,
      weight: indicator.weight,
      mandatory: indicator.mandatory,
      options: labelsOf(indicator.options),
      evidence: evidenceOf(indicator.options),
      bases: Object.fromEntries(bases.map(({ code, basis }) => [code, { name: basis.name, options: labelsOf(basis.options), evidence: evidenceOf(basis.options) }])),
    },
    validate: (v) => ({
      name: required(v.name),
      weight: typeof v.weight === 'number' ? null : t('validation.required'),
      ...Object.fromEntries(v.options.map((label, i) => [`options.${i}`, required(label)])),
      ...Object.fromEntries(v.evidence.map((e, i) => [`evidence.${i}.kinds`, e.kinds.length ? null : t('validation.required')])),
      ...Object.fromEntries(
        Object.entries(v.bases).flatMap(([code, basis]) => [
          [`bases.${code}.name`, required(basis.name)],
          ...basis.options.map((label, i) => [`bases.${code}.options.${i}`, required(label)]),
          ...basis.evidence.map((e, i) => [`bases.${code}.evidence.${i}.kinds`, e.kinds.length ? null : t('validation.required')]),
        ]),
      ),
    }),
  });

  const submit = form.onSubmit((v) => {
    const input: IndicatorUpdate = {
      name: v.name.trim(),
      description: v.description.trim(),
      weight: Number(v.weight),
      mandatory: v.mandatory,
      options: withEvidence(relabel(indicator.options, v.options), v.evidence),
    };
    if (bases.length > 0) {
      input.bases = Object.fromEntries(
        bases.map(({ code, basis }) => [code, { name: v.bases[code]!.name.trim(), options: withEvidence(relabel(basis.options, v.bases[code]!.options), v.bases[code]!.evidence) }]),
      );
    }
    update.mutate(
      { periodId, code: indicator.code, input },
      {
        onSuccess: () => {
          notifySuccess(t('ui.common.saved'));
          onClose();
        },
        // `options.0.label` is the form's `options.0`; `bases.a.options.1.label` its `bases.a.options.1`.
        onError: (err) => form.setErrors(fieldErrors(err, (path) => path.replace(/\.label$/, '').replace(/options\.(\d)\.evidence\./, 'evidence.$1.'))),
      },
    );
  });

  return (
    <Dialog title={t('ui.periods.editTitle', { code: indicator.code })} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={update.error} formValues={form.values} />
          <Text size="sm" c="dimmed">
            {t('ui.periods.variable')}: {indicator.variable}
          </Text>
          <TextInput label={t('ui.periods.indicatorName')} withAsterisk {...form.getInputProps('name')} />
          <Textarea label={t('ui.periods.description')} autosize minRows={2} {...form.getInputProps('description')} />
          <NumberInput label={t('ui.periods.weight')} withAsterisk min={0} max={100} allowNegative={false} decimalScale={4} {...form.getInputProps('weight')} />
          <Checkbox label={t('ui.periods.mandatory')} {...form.getInputProps('mandatory', { type: 'checkbox' })} />
          {optionNumbers.map((option, i) => (
            <Stack key={option} gap="xs">
              <TextInput label={t('ui.periods.option', { option })} withAsterisk {...form.getInputProps(`options.${i}`)} />
              {bases.length === 0 && <OptionEvidenceFields form={form} option={option} />}
            </Stack>
          ))}
          {bases.length > 0 && (
            <Fieldset legend={t('ui.periods.basesTitle')}>
              <Stack>
                {bases.map(({ code }) => (
                  <Stack key={code} gap="xs">
                    <TextInput label={t('ui.periods.basisName', { basis: code })} withAsterisk {...form.getInputProps(`bases.${code}.name`)} />
                    {optionNumbers.map((option, i) => (
                      <Stack key={option} gap="xs">
                        <TextInput label={t('ui.periods.basisOption', { basis: code, option })} withAsterisk {...form.getInputProps(`bases.${code}.options.${i}`)} />
                        <OptionEvidenceFields form={form} option={option} path={`bases.${code}.evidence`} basis={code} />
                      </Stack>
                    ))}
                  </Stack>
                ))}
              </Stack>
            </Fieldset>
          )}
          <FormActions onCancel={onClose} loading={update.isPending} />
        </Stack>
      </form>
    </Dialog>
  );
}
