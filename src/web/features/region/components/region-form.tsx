import { Button, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { timeZones, type Region } from '../../../../domain/contracts/regions.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useUpdateRegion } from '../api/use-update-region.js';

export function RegionForm({ region }: { region: Region }) {
  const { t } = useTranslation();
  const update = useUpdateRegion();
  const form = useForm({
    initialValues: { bodyName: region.bodyName, address: region.address ?? '', timeZone: region.timeZone },
    validate: { bodyName: (value) => (value.trim() ? null : t('validation.required')) },
  });
  const submit = form.onSubmit((values) =>
    update.mutate(
      { ...values, address: values.address.trim() || null },
      { onSuccess: () => notifySuccess(t('ui.common.saved')), onError: (err) => showFieldErrors(form, err) },
    ),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={update.error} formValues={form.values} />
        <TextInput label={t('ui.region.name')} value={`${region.name} (${region.code})`} readOnly />
        <TextInput label={t('ui.setup.bodyName')} {...form.getInputProps('bodyName')} />
        <Textarea label={t('ui.region.address')} autosize minRows={2} {...form.getInputProps('address')} />
        <Select
          label={t('ui.region.timeZone')}
          data={timeZones.map((zone) => ({ value: zone, label: t(`ui.timeZones.long.${zone}`) }))}
          allowDeselect={false}
          {...form.getInputProps('timeZone')}
        />
        <Button type="submit" loading={update.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('ui.common.save')}
        </Button>
      </Stack>
    </form>
  );
}
