import { Button, Fieldset, Group, NumberInput, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import type { PeriodDuties } from '../../../../domain/contracts/monitoring.js';
import { unitTypes, type UnitType } from '../../../../domain/unit-types.js';
import { fromZoneLocal, toZoneLocal } from '../../../../domain/zone-time.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { TimeZoneContext, useFormat } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useUpdateDuties } from '../api/use-duties.js';

type Values = {
  defaultQuota: number | string;
  basicServiceQuota: number | string;
  /** '' means the type has no quota of its own. */
  typeQuotas: Record<UnitType, number | string>;
  regionTarget: number | string;
  /** A datetime-local value on the region's wall clock, '' while no deadline is set. */
  deadline: string;
  /** "30, 14, 7, 3, 1" */
  reminderDays: string;
};

const maxQuota = 1000;
const maxTarget = 100_000;
const maxReminders = 10;
const maxReminderDay = 366;

const isWhole = (value: number | string, max: number) => typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= max;

/** "30, 14 7;3" → [30, 14, 7, 3]; null when an entry is not a day the server accepts, or repeats. */
export function parseReminderDays(text: string): number[] | null {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.length > maxReminders || parts.some((p) => !/^\d+$/.test(p))) return null;
  const days = parts.map(Number);
  if (days.some((d) => d < 1 || d > maxReminderDay) || new Set(days).size !== days.length) return null;
  return days;
}

/** Server paths (`obligations.unitTypeQuotas.dinas`, `reminderDays.2`) as the form's fields. */
function toField(path: string): string | null {
  const [group, field, type] = path.split('.');
  if (group === 'reminderDays') return 'reminderDays';
  if (group !== 'obligations' || !field) return null;
  if (field === 'unitTypeQuotas') return type && unitTypes.includes(type as UnitType) ? `typeQuotas.${type}` : null;
  return ['defaultQuota', 'basicServiceQuota', 'regionTarget', 'deadline'].includes(field) ? field : null;
}
// Every server message about these groups is shown under a field, not in the alert's list.
const serverGroups = { obligations: true, reminderDays: true };

type Props = { periodId: string; year: number; closesAt: string; duties: PeriodDuties };

/** What a period asks of its units, and when they are reminded; saved whole with PUT (admins only). */
export function DutiesForm({ periodId, year, closesAt, duties }: Props) {
  const { t } = useTranslation();
  const zone = useContext(TimeZoneContext);
  const format = useFormat();
  const update = useUpdateDuties();
  const o = duties.obligations;
  const form = useForm<Values>({
    initialValues: {
      defaultQuota: o.defaultQuota,
      basicServiceQuota: o.basicServiceQuota,
      typeQuotas: Object.fromEntries(unitTypes.map((type) => [type, o.unitTypeQuotas[type] ?? ''])) as Record<UnitType, number | string>,
      regionTarget: o.regionTarget,
      deadline: o.deadline ? toZoneLocal(o.deadline, zone) : '',
      reminderDays: duties.reminderDays.join(', '),
    },
    validate: (v) => ({
      defaultQuota: isWhole(v.defaultQuota, maxQuota) ? null : t('ui.monitoring.duties.quotaInvalid'),
      basicServiceQuota: isWhole(v.basicServiceQuota, maxQuota) ? null : t('ui.monitoring.duties.quotaInvalid'),
      ...Object.fromEntries(
        unitTypes.map((type) => {
          const value = v.typeQuotas[type];
          return [`typeQuotas.${type}`, value === '' || isWhole(value, maxQuota) ? null : t('ui.monitoring.duties.quotaInvalid')];
        }),
      ),
      regionTarget: isWhole(v.regionTarget, maxTarget) ? null : t('ui.monitoring.duties.targetInvalid'),
      deadline: v.deadline === '' || fromZoneLocal(v.deadline, zone) ? null : t('ui.monitoring.duties.deadlineInvalid'),
      reminderDays: parseReminderDays(v.reminderDays) ? null : t('ui.monitoring.duties.reminderDaysInvalid'),
    }),
  });

  const submit = form.onSubmit((v) => {
    const input: PeriodDuties = {
      obligations: {
        defaultQuota: Number(v.defaultQuota),
        basicServiceQuota: Number(v.basicServiceQuota),
        unitTypeQuotas: Object.fromEntries(unitTypes.flatMap((type) => (v.typeQuotas[type] === '' ? [] : [[type, Number(v.typeQuotas[type])]]))),
        regionTarget: Number(v.regionTarget),
        deadline: v.deadline ? fromZoneLocal(v.deadline, zone) : null,
      },
      reminderDays: parseReminderDays(v.reminderDays) ?? [],
    };
    update.mutate(
      { periodId, input },
      {
        onSuccess: (saved) => {
          form.setValues({ reminderDays: saved.reminderDays.join(', ') });
          form.resetDirty();
          notifySuccess(t('ui.common.saved'));
        },
        onError: (err) => showFieldErrors(form, err, toField),
      },
    );
  });

  const quota = (field: 'defaultQuota' | 'basicServiceQuota', hint: string) => (
    <NumberInput
      label={t(`ui.monitoring.duties.${field}`)}
      description={hint}
      withAsterisk
      min={0}
      max={maxQuota}
      allowDecimal={false}
      allowNegative={false}
      {...form.getInputProps(field)}
    />
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('ui.monitoring.duties.intro', { year })}</Text>
        <ErrorAlert error={update.error} formValues={serverGroups} />
        <Fieldset legend={t('ui.monitoring.duties.quotasLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {quota('defaultQuota', t('ui.monitoring.duties.defaultQuotaHint'))}
            {quota('basicServiceQuota', t('ui.monitoring.duties.basicServiceQuotaHint'))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('ui.monitoring.duties.typeQuotasLegend')}>
          <Text size="sm" mb="sm">
            {t('ui.monitoring.duties.typeQuotasHint')}
          </Text>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
            {unitTypes.map((type) => (
              <NumberInput
                key={type}
                label={t(`ui.unitTypes.${type}`)}
                min={0}
                max={maxQuota}
                allowDecimal={false}
                allowNegative={false}
                {...form.getInputProps(`typeQuotas.${type}`)}
              />
            ))}
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend={t('ui.monitoring.duties.regionLegend')}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NumberInput
              label={t('ui.monitoring.duties.regionTarget')}
              description={t('ui.monitoring.duties.regionTargetHint')}
              withAsterisk
              min={0}
              max={maxTarget}
              allowDecimal={false}
              allowNegative={false}
              thousandSeparator={false}
              {...form.getInputProps('regionTarget')}
            />
            <TextInput
              type="datetime-local"
              label={t('ui.monitoring.duties.deadline', { zone: t(`ui.timeZones.short.${zone}`) })}
              description={t('ui.monitoring.duties.deadlineHint')}
              {...form.getInputProps('deadline')}
            />
          </SimpleGrid>
          <TextInput
            mt="md"
            label={t('ui.monitoring.duties.reminderDays')}
            description={t('ui.monitoring.duties.reminderDaysHint', { at: format.instant(closesAt) })}
            autoComplete="off"
            {...form.getInputProps('reminderDays')}
          />
        </Fieldset>
        <Group justify="flex-end">
          <Button type="submit" loading={update.isPending}>
            {t('ui.monitoring.duties.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
