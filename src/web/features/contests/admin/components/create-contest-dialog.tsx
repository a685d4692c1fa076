import { Radio, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { contestTemplates, type ContestTemplateKey } from '../../../../../domain/contests/contests.js';
import { Dialog } from '../../../../components/dialog.js';
import { ErrorAlert } from '../../../../components/error-alert.js';
import { FormActions } from '../../../../components/form-actions.js';
import { showFieldErrors } from '../../../../lib/form-errors.js';
import { notifySuccess } from '../../../../lib/notify.js';
import { useCreateContest } from '../api/use-contests.js';

/** A name and a template: the new draft contest opens in its settings, where everything can be changed. */
export function CreateContestDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateContest();
  const form = useForm({
    initialValues: { name: '', template: 'krenova' as ContestTemplateKey },
    validate: { name: (v) => (v.trim() ? null : t('validation.required')) },
  });
  const submit = form.onSubmit((values) =>
    create.mutate(
      { name: values.name.trim(), template: values.template },
      {
        onSuccess: (contest) => {
          notifySuccess(t('ui.contestAdmin.createForm.created'));
          onClose();
          void navigate(`/kelola-lomba/${contest.id}`);
        },
        onError: (err) => showFieldErrors(form, err),
      },
    ),
  );

  return (
    <Dialog title={t('ui.contestAdmin.create')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={create.error} formValues={form.values} />
          <TextInput label={t('ui.contestAdmin.createForm.name')} withAsterisk maxLength={200} data-autofocus {...form.getInputProps('name')} />
          <Radio.Group label={t('ui.contestAdmin.createForm.template')} description={t('ui.contestAdmin.createForm.templateHint')} withAsterisk {...form.getInputProps('template')}>
            <Stack gap="sm" mt="xs">
              {contestTemplates.map((key) => (
                <Radio
                  key={key}
                  value={key}
                  label={t(`contestTerms.template.${key}`)}
                  description={<Text span size="xs">{t(`ui.contestAdmin.templates.${key}`)}</Text>}
                />
              ))}
            </Stack>
          </Radio.Group>
          <FormActions onCancel={onClose} loading={create.isPending} submitLabel={t('ui.contestAdmin.createForm.submit')} />
        </Stack>
      </form>
    </Dialog>
  );
}
