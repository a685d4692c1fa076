import { NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { PeriodSummary } from '../../../../domain/contracts/periods.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useClonePeriod } from '../api/use-clone-period.js';
import { FormActions } from '../../../components/form-actions.js';

/** Asks for the new year and copies the period (parameters and catalogue) to it. */
export function ClonePeriodModal({ period, suggestedYear, onClose }: { period: PeriodSummary; suggestedYear: number; onClose: () => void }) {
  const { t } = useTranslation();
  const clone = useClonePeriod();
  const form = useForm<{ year: number | string }>({
    initialValues: { year: suggestedYear },
    validate: { year: (value) => (typeof value === 'number' && Number.isInteger(value) ? null : t('validation.required')) },
  });

  const submit = form.onSubmit((values) => {
    const year = Number(values.year);
    clone.mutate(
      { id: period.id, year },
      {
        onSuccess: () => {
          notifySuccess(t('ui.periods.cloned', { year }));
          onClose();
        },
        onError: (err) => showFieldErrors(form, err),
      },
    );
  });

  return (
    <Dialog title={t('ui.periods.cloneTitle', { year: period.year })} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={clone.error} formValues={form.values} />
          <Text>{t('ui.periods.cloneIntro', { year: period.year })}</Text>
          <NumberInput label={t('ui.periods.newYear')} withAsterisk min={2000} max={2100} allowDecimal={false} allowNegative={false} {...form.getInputProps('year')} />
          <FormActions onCancel={onClose} loading={clone.isPending} submitLabel={t('ui.periods.clone')} />
        </Stack>
      </form>
    </Dialog>
  );
}
