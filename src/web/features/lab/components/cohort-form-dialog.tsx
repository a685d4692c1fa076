import { Fieldset, MultiSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { CohortDetail } from '../../../../domain/contracts/lab.js';
import { labStages, type StageDates } from '../../../../domain/lab/stages.js';
import { fromZoneLocal, toZoneLocal } from '../../../../domain/zone-time.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { FormActions } from '../../../components/form-actions.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { TimeZoneContext } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useUnits } from '../../units/api/use-units.js';
import { useSaveCohort } from '../api/use-cohorts.js';

type Props = {
  /** null: a new cohort. */
  cohort: CohortDetail | null;
  onClose: () => void;
};

const emptyStages = (): StageDates[] => labStages.map((stage) => ({ stage, startsOn: '', endsOn: '' }));

/**
 * Name, the five stages' dates, the action-plan deadline (entered as the region's wall clock, sent
 * as an instant with the zone's offset) and the participating units.
 */
export function CohortFormDialog({ cohort, onClose }: Props) {
  const { t } = useTranslation();
  const zone = useContext(TimeZoneContext);
  const navigate = useNavigate();
  const save = useSaveCohort(cohort?.id ?? null);
  // Active units only: a cohort enrols units that are still running.
  const units = useUnits({ active: 'true', pageSize: 200 });
  const active = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));
  // A participant deactivated since stays selectable, so saving does not drop it silently.
  const unitOptions = [...active, ...(cohort?.participants ?? []).filter((p) => !active.some((a) => a.value === p.unitId)).map((p) => ({ value: p.unitId, label: p.name }))];
  const form = useForm({
    initialValues: {
      name: cohort?.name ?? '',
      description: cohort?.description ?? '',
      stages: cohort?.stages.length === labStages.length ? cohort.stages.map((s) => ({ ...s })) : emptyStages(),
      planDeadline: cohort ? toZoneLocal(cohort.planDeadline, zone) : '',
      unitIds: cohort?.participants.map((p) => p.unitId) ?? [],
    },
    validate: {
      name: (v) => (v.trim() ? null : t('validation.required')),
      planDeadline: (v) => (fromZoneLocal(v, zone) ? null : t('validation.lab.deadline')),
    },
  });

  // Server paths such as `stages.1.startsOn` are the form's own paths.
  const toField = (path: string) => (path.startsWith('stages.') || ['name', 'description', 'planDeadline', 'unitIds'].includes(path) ? path : (path.split('.')[0] ?? null));

  const submit = form.onSubmit((values) => {
    const input = {
      name: values.name.trim(),
      description: values.description.trim() || null,
      stages: values.stages,
      planDeadline: fromZoneLocal(values.planDeadline, zone)!,
      unitIds: values.unitIds,
    };
    save.mutate(input, {
      onSuccess: (saved) => {
        notifySuccess(cohort ? t('ui.lab.form.saved') : t('ui.lab.form.created'));
        onClose();
        if (!cohort) void navigate(`/lab/${saved.id}`);
      },
      onError: (err) => showFieldErrors(form, err, toField),
    });
  });

  return (
    <Dialog title={cohort ? t('ui.lab.edit') : t('ui.lab.create')} onClose={onClose} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={save.error} formValues={form.values} />
          <TextInput label={t('ui.lab.form.name')} withAsterisk {...form.getInputProps('name')} />
          <Textarea label={t('ui.lab.form.description')} autosize minRows={2} {...form.getInputProps('description')} />
          <Fieldset legend={t('ui.lab.form.stagesLegend')}>
            <Text size="sm" c="dimmed" mb="xs">
              {t('ui.lab.form.stagesHint')}
            </Text>
            <Stack gap="xs">
              {form.values.stages.map((s, i) => {
                const stage = t(`ui.lab.stages.${s.stage}`);
                return (
                  <SimpleGrid key={s.stage} cols={{ base: 1, xs: 2 }} spacing="xs">
                    <TextInput type="date" label={t('ui.lab.form.startsOn', { stage })} withAsterisk {...form.getInputProps(`stages.${i}.startsOn`)} />
                    <TextInput type="date" label={t('ui.lab.form.endsOn', { stage })} withAsterisk {...form.getInputProps(`stages.${i}.endsOn`)} />
                  </SimpleGrid>
                );
              })}
            </Stack>
          </Fieldset>
          <TextInput
            type="datetime-local"
            label={t('ui.lab.form.deadline', { zone: t(`ui.timeZones.short.${zone}`) })}
            description={t('ui.lab.form.deadlineHint')}
            withAsterisk
            maw={280}
            {...form.getInputProps('planDeadline')}
          />
          <MultiSelect
            label={t('ui.lab.form.units')}
            description={t('ui.lab.form.unitsHint')}
            data={unitOptions}
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
            {...form.getInputProps('unitIds')}
          />
          <FormActions onCancel={onClose} loading={save.isPending} />
        </Stack>
      </form>
    </Dialog>
  );
}
