import { Checkbox, Select, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { ActionPlan, Milestone } from '../../../../domain/contracts/lab.js';
import { milestoneStatuses, type MilestoneStatus } from '../../../../domain/lab/plans.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormActions } from '../../../components/form-actions.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useSaveMilestone } from '../api/use-plans.js';

type Props = { plan: ActionPlan; milestone: Milestone | null; onClose: () => void };

/** Adds or edits one milestone: title, owner, due date, status, a link as evidence and a note (files are uploaded on the card). */
export function MilestoneFormDialog({ plan, milestone, onClose }: Props) {
  const { t } = useTranslation();
  const save = useSaveMilestone(plan.id);
  const form = useForm({
    initialValues: {
      title: milestone?.title ?? '',
      owner: milestone?.owner ?? '',
      dueOn: milestone?.dueOn ?? '',
      status: (milestone?.status ?? 'belum') as MilestoneStatus,
      evidenceUrl: milestone?.evidenceUrl ?? '',
      removeFile: false,
      note: milestone?.note ?? '',
    },
    validate: {
      title: (v) => (v.trim() ? null : t('validation.required')),
      owner: (v) => (v.trim() ? null : t('validation.required')),
      dueOn: (v) => (v ? null : t('validation.required')),
    },
  });

  const submit = form.onSubmit((values) => {
    const input = {
      version: plan.version,
      title: values.title.trim(),
      owner: values.owner.trim(),
      dueOn: values.dueOn,
      status: values.status,
      evidenceUrl: values.evidenceUrl.trim() || null,
      ...(values.removeFile && { removeFile: true }),
      note: values.note.trim() || null,
    };
    save.mutate(
      { milestoneId: milestone?.id ?? null, input },
      {
        onSuccess: () => {
          notifySuccess(t('ui.lab.milestone.saved'));
          onClose();
        },
        onError: (err) => showFieldErrors(form, err),
      },
    );
  });

  return (
    <Dialog title={milestone ? t('ui.lab.milestone.editTitle') : t('ui.lab.milestone.add')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error} formValues={form.values} />
          <TextInput label={t('ui.lab.milestone.title')} withAsterisk {...form.getInputProps('title')} />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <TextInput label={t('ui.lab.milestone.owner')} withAsterisk {...form.getInputProps('owner')} />
            <TextInput type="date" label={t('ui.lab.milestone.dueOn')} withAsterisk {...form.getInputProps('dueOn')} />
          </SimpleGrid>
          <Select
            label={t('ui.lab.milestone.status')}
            data={milestoneStatuses.map((s) => ({ value: s, label: t(`ui.lab.milestone.statuses.${s}`) }))}
            allowDeselect={false}
            maw={240}
            {...form.getInputProps('status')}
          />
          <TextInput type="url" label={t('ui.lab.milestone.evidenceUrl')} description={t('ui.lab.milestone.evidenceUrlHint')} {...form.getInputProps('evidenceUrl')} />
          {milestone?.evidenceFile && <Checkbox label={t('ui.lab.milestone.removeFile')} {...form.getInputProps('removeFile', { type: 'checkbox' })} />}
          <Textarea label={t('ui.lab.milestone.note')} autosize minRows={2} {...form.getInputProps('note')} />
          <FormActions onCancel={onClose} loading={save.isPending} />
        </Stack>
      </form>
    </Dialog>
  );
}
