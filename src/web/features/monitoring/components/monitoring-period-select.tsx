import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { usePeriods } from '../../periods/api/use-periods.js';

/** Which period is monitored; the newest year first, the current one marked. */
export function MonitoringPeriodSelect({ value, onChange }: { value: string | null; onChange: (periodId: string) => void }) {
  const { t } = useTranslation();
  const periods = usePeriods();
  const data = [...(periods.data?.items ?? [])]
    .sort((a, b) => b.year - a.year)
    .map((p) => ({ value: p.id, label: t(p.isCurrent ? 'ui.monitoring.periodCurrent' : 'ui.monitoring.periodName', { year: p.year }) }));
  return (
    <Select
      label={t('ui.monitoring.period')}
      data={data}
      value={data.some((d) => d.value === value) ? value : null}
      onChange={(next) => next && onChange(next)}
      allowDeselect={false}
      w={{ base: '100%', xs: 260 }}
    />
  );
}
