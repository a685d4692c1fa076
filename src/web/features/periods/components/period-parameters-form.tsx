import { Button, Checkbox, Fieldset, Group, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodDetail, PeriodParameters } from '../../../../domain/contracts/periods.js';
import { fromZoneLocal, toZoneLocal } from '../../../../domain/zone-time.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { TimeZoneContext } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useUpdatePeriod } from '../api/use-update-period.js';
import { fieldErrors } from '../field-errors.js';

const numberFields = [
  'minDivisor',
  'countCap',
  'countWeight',
  'minBasicAffairs',
  'totalMax',
  'sangatInovatif',
  'inovatif',
  'kurangInovatif',
  'minDesignWords',
  'maxIgaEntries',
  'maxTrialDays',
] as const;
type NumberField = (typeof numberFields)[number];
type Values = { opensAt: string; closesAt: string; from: string; to: string; acceptsDevelopment: boolean } & Record<NumberField, number | string>;

/** The parameter groups the server knows: their messages go under the fields, never in the alert's list. */
const serverGroups: Record<keyof PeriodParameters, true> = {
  inputWindow: true,
  implementationWindow: true,
  minDivisor: true,
  countCap: true,
  countWeight: true,
  minBasicAffairs: true,
  totalMax: true,
  predicates: true,
  minDesignWords: true,
  maxIgaEntries: true,
  maxTrialDays: true,
};
const groupFirstField: Partial<Record<keyof PeriodParameters, keyof Values>> = {
  inputWindow: 'opensAt',
  implementationWindow: 'from',
  predicates: 'sangatInovatif',
};

/** A period's parameters, saved whole with PATCH; instants are entered on the region's wall clock. */
export function PeriodParametersForm({ period }: { period: PeriodDetail }) {
  const { t } = useTranslation();
  const zone = useContext(TimeZoneContext);
  const update = useUpdatePeriod();
  const p = period.parameters;
  const form = useForm<Values>({
    initialValues: {
      opensAt: toZoneLocal(p.inputWindow.opensAt, zone),
      closesAt: toZoneLocal(p.inputWindow.closesAt, zone),
      from: p.implementationWindow.from,
      to: p.implementationWindow.to,
      acceptsDevelopment: p.implementationWindow.acceptsDevelopment,
      minDivisor: p.minDivisor,
      countCap: p.countCap,
      countWeight: p.countWeight,
      minBasicAffairs: p.minBasicAffairs,
      totalMax: p.totalMax,
      sangatInovatif: p.predicates.sangatInovatif,
      inovatif: p.predicates.inovatif,
      kurangInovatif: p.predicates.kurangInovatif,
      minDesignWords: p.minDesignWords,
      maxIgaEntries: p.maxIgaEntries,
      maxTrialDays: p.maxTrialDays ?? 365,
    },
    validate: {
      opensAt: (value) => (fromZoneLocal(value, zone) ? null : t('validation.required')),
      closesAt: (value) => (fromZoneLocal(value, zone) ? null : t('validation.required')),
      from: (value) => (value ? null : t('validation.required')),
      to: (value) => (value ? null : t('validation.required')),
      ...Object.fromEntries(numberFields.map((f) => [f, (value: number | string) => (typeof value === 'number' ? null : t('validation.required'))])),
    },
  });

  const submit = form.onSubmit((v) => {
    const input: PeriodParameters = {
      inputWindow: { opensAt: fromZoneLocal(v.opensAt, zone)!, closesAt: fromZoneLocal(v.closesAt, zone)! },
      implementationWindow: { from: v.from, to: v.to, acceptsDevelopment: v.acceptsDevelopment },
      minDivisor: Number(v.minDivisor),
      countCap: Number(v.countCap),
      countWeight: Number(v.countWeight),
      minBasicAffairs: Number(v.minBasicAffairs),
      totalMax: Number(v.totalMax),
      predicates: { sangatInovatif: Number(v.sangatInovatif), inovatif: Number(v.inovatif), kurangInovatif: Number(v.kurangInovatif) },
      minDesignWords: Number(v.minDesignWords),
      maxIgaEntries: Number(v.maxIgaEntries),
      maxTrialDays: Number(v.maxTrialDays),
    };
    update.mutate(
      { id: period.id, input },
      {
        onSuccess: () => {
          form.resetDirty();
          notifySuccess(t('ui.common.saved'));
        },
        onError: (err) =>
          form.setErrors(
            fieldErrors(err, (path) => {
              const segments = path.split('.');
              const last = segments.find((s, i) => i > 0 && s in form.getValues()) as keyof Values | undefined;
              const group = segments[0] as keyof PeriodParameters;
              return last ?? (segments[0]! in form.getValues() ? segments[0]! : (groupFirstField[group] ?? null));
            }),
          ),
      },
    );
  });

  const number = (field: NumberField, props: { decimal?: boolean; min?: number; max?: number } = {}) => (
    <NumberInput
      key={field}
      label={t(`ui.periods.fields.${field}`)}
      withAsterisk
      min={props.min ?? 0}
      max={props.max}
      allowNegative={false}
      allowDecimal={props.decimal ?? false}
      decimalScale={props.decimal ? 4 : undefined}
      {...form.getInputProps(field)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={update.error} formValues={serverGroups} />
        <Fieldset legend={t('ui.periods.inputWindowLegend', { zone: t(`ui.timeZones.short.${zone}`) })}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="datetime-local" label={t('ui.periods.fields.opensAt')} withAsterisk {...form.getInputProps('opensAt')} />
            <TextInput type="datetime-local" label={t('ui.periods.fields.closesAt')} withAsterisk {...form.getInputProps('closesAt')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('ui.periods.implementationLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput type="date" label={t('ui.periods.fields.from')} withAsterisk {...form.getInputProps('from')} />
            <TextInput type="date" label={t('ui.periods.fields.to')} withAsterisk {...form.getInputProps('to')} />
          </SimpleGrid>
          <Checkbox mt="md" label={t('ui.periods.fields.acceptsDevelopment')} {...form.getInputProps('acceptsDevelopment', { type: 'checkbox' })} />
        </Fieldset>
        <Fieldset legend={t('ui.periods.scoringLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {number('minDivisor', { min: 1 })}
            {number('countCap')}
            {number('countWeight', { decimal: true })}
            {number('minBasicAffairs', { max: 6 })}
            {number('totalMax', { decimal: true })}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('ui.periods.predicatesLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 3 }}>
            {number('sangatInovatif', { decimal: true, max: 100 })}
            {number('inovatif', { decimal: true, max: 100 })}
            {number('kurangInovatif', { decimal: true, max: 100 })}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('ui.periods.eligibilityLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {number('minDesignWords')}
            {number('maxIgaEntries')}
            {number('maxTrialDays')}
          </SimpleGrid>
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('ui.periods.saveParameters')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
