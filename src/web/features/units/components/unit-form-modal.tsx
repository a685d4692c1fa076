import { MultiSelect, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { Unit, UnitInput } from '../../../../domain/contracts/units.js';
import { affairs, isBasicServiceAffair, type AffairCode } from '../../../../domain/iid/affairs.js';
import { nipProblem } from '../../../../domain/nip.js';
import { unitTypes, type UnitType } from '../../../../domain/unit-types.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useCreateUnit } from '../api/use-create-unit.js';
import { useUnits } from '../api/use-units.js';
import { useUpdateUnit } from '../api/use-update-unit.js';
import { FormActions } from '../../../components/form-actions.js';

const optional = (value: string) => value.trim() || null;

/** Creates a unit when `unit` is null, edits it otherwise. */
export function UnitFormModal({ unit, onClose }: { unit: Unit | null; onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const parents = useUnits({ active: 'true', pageSize: 200 });
  const mutation = unit ? update : create;
  const form = useForm({
    initialValues: {
      name: unit?.name ?? '',
      type: (unit?.type ?? '') as UnitType | '',
      parentId: unit?.parentId ?? '',
      headName: unit?.headName ?? '',
      headTitle: unit?.headTitle ?? '',
      headNip: unit?.headNip ?? '',
      email: unit?.email ?? '',
      phone: unit?.phone ?? '',
      address: unit?.address ?? '',
      affairs: unit?.affairs ?? [],
    },
    validate: {
      name: (value) => (value.trim() ? null : t('validation.required')),
      type: (value) => (value ? null : t('validation.required')),
      headNip: (value) => {
        const problem = value.trim() ? nipProblem(value.trim()) : null;
        return problem ? t(`validation.nip.${problem}`) : null;
      },
    },
  });

  const parentOptions = (parents.data?.items ?? [])
    .filter((p) => p.id !== unit?.id)
    .map((p) => ({ value: p.id, label: p.name }));
  if (unit?.parentId && unit.parentName && !parentOptions.some((o) => o.value === unit.parentId)) {
    parentOptions.unshift({ value: unit.parentId, label: unit.parentName });
  }

  // The six basic-service affairs come first (UU 23/2014 order) and say so: they raise the unit's quota.
  const affairOptions = affairs.map((a) => ({
    value: a.code,
    label: isBasicServiceAffair(a.code) ? t('ui.units.basicServiceAffair', { name: a.name }) : a.name,
  }));

  const submit = form.onSubmit((values) => {
    if (!values.type) return;
    const input: UnitInput = {
      name: values.name.trim(),
      type: values.type,
      parentId: values.parentId || null,
      headName: optional(values.headName),
      headTitle: optional(values.headTitle),
      headNip: optional(values.headNip),
      email: optional(values.email),
      phone: optional(values.phone),
      address: optional(values.address),
      affairs: values.affairs as AffairCode[],
    };
    const done = {
      onSuccess: () => {
        notifySuccess(t('ui.common.saved'));
        onClose();
      },
      onError: (err: unknown) => showFieldErrors(form, err),
    };
    if (unit) update.mutate({ id: unit.id, input }, done);
    else create.mutate(input, done);
  });

  return (
    <Dialog onClose={onClose} title={unit ? t('ui.units.editTitle') : t('ui.units.createTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} formValues={form.values} />
          <TextInput label={t('ui.units.fields.name')} withAsterisk {...form.getInputProps('name')} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select
              label={t('ui.units.fields.type')}
              withAsterisk
              data={unitTypes.map((type) => ({ value: type, label: t(`ui.unitTypes.${type}`) }))}
              {...form.getInputProps('type')}
            />
            <Select
              label={t('ui.units.fields.parent')}
              data={parentOptions}
              searchable
              clearable
              clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
              nothingFoundMessage={t('ui.common.nothingFound')}
              {...form.getInputProps('parentId')}
            />
            <TextInput label={t('ui.units.fields.headName')} {...form.getInputProps('headName')} />
            <TextInput label={t('ui.units.fields.headTitle')} {...form.getInputProps('headTitle')} />
            <TextInput
              label={t('ui.units.fields.headNip')}
              description={t('ui.units.nipHint')}
              inputMode="numeric"
              maxLength={18}
              {...form.getInputProps('headNip')}
            />
            <TextInput label={t('ui.units.fields.email')} type="email" {...form.getInputProps('email')} />
            <TextInput label={t('ui.units.fields.phone')} type="tel" {...form.getInputProps('phone')} />
          </SimpleGrid>
          <MultiSelect
            label={t('ui.units.fields.affairs')}
            description={t('ui.units.affairsHint')}
            data={affairOptions}
            searchable
            clearable
            clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
            nothingFoundMessage={t('ui.common.nothingFound')}
            {...form.getInputProps('affairs')}
          />
          <Textarea label={t('ui.units.fields.address')} autosize minRows={2} {...form.getInputProps('address')} />
          <FormActions onCancel={onClose} loading={mutation.isPending} />
        </Stack>
      </form>
    </Dialog>
  );
}
