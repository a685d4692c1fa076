import { Button, Fieldset, Group, Radio, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useContext, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FileRef, LifecycleInput } from '../../../../domain/contracts/innovations.js';
import { legalBasisTypes, type LegalBasisType, type LifecycleStep } from '../../../../domain/innovations/lifecycle.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { TimeZoneContext } from '../../../lib/format.js';
import { useRecordLifecycle } from '../api/use-record-lifecycle.js';
import { ProfileFileField } from './profile-file-field.js';

/** Today on the region's calendar (en-CA writes dates as YYYY-MM-DD). */
const today = (timeZone: string) => new Intl.DateTimeFormat('en-CA', { timeZone }).format(new Date());

/** Records one lifecycle step; only the fields that step has are shown. */
export function LifecycleStepForm({ innovationId, step, onSaved }: { innovationId: string; step: LifecycleStep; onSaved: () => void }) {
  const { t } = useTranslation();
  const record = useRecordLifecycle(innovationId);
  const zone = useContext(TimeZoneContext);
  const [file, setFile] = useState<FileRef | null>(null);
  const required = (v: string) => (v.trim() ? null : t('validation.required'));
  const form = useForm({
    initialValues: { date: today(zone), note: '', feasible: 'true', reasons: '', legalBasis: '' as LegalBasisType | '', number: '', plannedEndOn: '' },
    validate: {
      date: required,
      reasons: (v, values) => (step === 'feasibility' && values.feasible === 'false' ? required(v) : null),
      legalBasis: (v) => (step === 'designation' ? required(v) : null),
      number: (v) => (step === 'designation' ? required(v) : null),
      plannedEndOn: (v, values) => (step !== 'trial' ? null : required(v) ?? (v < values.date ? t('validation.windowOrder') : null)),
    },
  });

  const submit = form.onSubmit((v) => {
    const inputs: Record<LifecycleStep, () => LifecycleInput> = {
      proposal: () => ({ step: 'proposal', date: v.date, note: v.note.trim() || null }),
      feasibility: () => ({ step: 'feasibility', date: v.date, feasible: v.feasible === 'true', reasons: v.reasons.trim() || null }),
      designation: () => ({ step: 'designation', date: v.date, legalBasis: v.legalBasis as LegalBasisType, number: v.number.trim(), fileId: file?.id ?? null }),
      trial: () => ({ step: 'trial', date: v.date, plannedEndOn: v.plannedEndOn }),
      implementation: () => ({ step: 'implementation', date: v.date }),
    };
    record.mutate(inputs[step](), {
      onSuccess: onSaved,
      onError: (err) => showFieldErrors(form, err),
    });
  });

  return (
    <form onSubmit={submit} noValidate>
      <Fieldset legend={t('ui.innovations.lifecycle.record', { step: t(`ui.innovations.lifecycle.steps.${step}`) })}>
        <Stack gap="sm">
          <ErrorAlert error={record.error} formValues={form.values} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
            <TextInput
              type="date"
              label={step === 'trial' ? t('ui.innovations.lifecycle.startDate') : t('ui.innovations.lifecycle.date')}
              withAsterisk
              {...form.getInputProps('date')}
            />
            {step === 'trial' && <TextInput type="date" label={t('ui.innovations.lifecycle.plannedEnd')} withAsterisk {...form.getInputProps('plannedEndOn')} />}
            {step === 'designation' && (
              <Select
                label={t('ui.innovations.lifecycle.legalBasis')}
                withAsterisk
                data={legalBasisTypes.map((b) => ({ value: b, label: t(`ui.innovations.lifecycle.legalBases.${b}`) }))}
                {...form.getInputProps('legalBasis')}
              />
            )}
            {step === 'designation' && <TextInput label={t('ui.innovations.lifecycle.number')} withAsterisk {...form.getInputProps('number')} />}
          </SimpleGrid>
          {step === 'feasibility' && (
            <Radio.Group label={t('ui.innovations.lifecycle.decision')} withAsterisk {...form.getInputProps('feasible')}>
              <Group mt={6}>
                <Radio value="true" label={t('ui.innovations.lifecycle.feasible')} />
                <Radio value="false" label={t('ui.innovations.lifecycle.notFeasible')} />
              </Group>
            </Radio.Group>
          )}
          {step === 'feasibility' && (
            <Textarea label={t('ui.innovations.lifecycle.reasons')} withAsterisk={form.values.feasible === 'false'} autosize minRows={2} {...form.getInputProps('reasons')} />
          )}
          {step === 'proposal' && <Textarea label={t('ui.innovations.lifecycle.note')} autosize minRows={2} {...form.getInputProps('note')} />}
          {step === 'designation' && (
            <ProfileFileField
              innovationId={innovationId}
              label={t('ui.innovations.lifecycle.document')}
              hint={t('ui.innovations.files.documentHint')}
              accept="application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png"
              value={file}
              onChange={setFile}
              readOnly={false}
            />
          )}
          <Group justify="flex-end">
            <Button type="submit" loading={record.isPending}>
              {t('ui.innovations.lifecycle.save')}
            </Button>
          </Group>
        </Stack>
      </Fieldset>
    </form>
  );
}
