import { Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormActions } from '../../../components/form-actions.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import type { Choice } from '../api/use-master-data.js';
import { useCreateInnovation } from '../api/use-create-innovation.js';

/** Name and unit are enough to start; the rest of the profile is filled in on the innovation's page. */
export function InnovationCreateModal({ units, onClose }: { units: Choice[]; onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateInnovation();
  const form = useForm({
    // An operator of a single unit has nothing to choose.
    initialValues: { name: '', unitId: units.length === 1 ? (units[0]?.value ?? '') : '' },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      unitId: (v) => (v ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim(), unitId: values.unitId },
      {
        onSuccess: (detail) => {
          notifySuccess(t('ui.innovations.created'));
          void navigate(`/registri/${detail.innovation.id}`);
        },
        onError: (err) => showFieldErrors(form, err),
      },
    ),
  );

  return (
    <Dialog title={t('ui.innovations.createTitle')} onClose={onClose}>
      <form onSubmit={submit} noValidate>
        <Stack>
          <Text size="sm">{t('ui.innovations.createIntro')}</Text>
          <ErrorAlert error={create.error} formValues={form.values} />
          <TextInput label={t('ui.innovations.fields.name')} withAsterisk data-autofocus {...form.getInputProps('name')} />
          <Select
            label={t('ui.innovations.fields.unitId')}
            withAsterisk
            data={units}
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
            {...form.getInputProps('unitId')}
          />
          <FormActions onCancel={onClose} loading={create.isPending} submitLabel={t('ui.innovations.create')} />
        </Stack>
      </form>
    </Dialog>
  );
}
