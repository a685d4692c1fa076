import { Button, Collapse, Select, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { innovationSorts } from '../../../../domain/contracts/innovations.js';
import { stages } from '../../../../domain/iid/engine.js';
import { reviewStates } from '../../../../domain/review/workflow.js';
import type { Choice } from '../api/use-master-data.js';

export const filterKeys = ['unitId', 'stage', 'affair', 'form', 'kind', 'periodId', 'status', 'reviewState', 'complete'] as const;
export type FilterKey = (typeof filterKeys)[number];
type Values = Record<FilterKey | 'sort' | 'order', string>;

type Props = {
  values: Values;
  set: (changes: Partial<Values>) => void;
  choices: { units: Choice[]; periods: Choice[]; affairs: Choice[]; forms: Choice[]; kinds: Choice[] };
};

/** The list's filters and sort; on a phone they fold away behind one button so the list comes first. */
export function InnovationFilters({ values, set, choices }: Props) {
  const { t } = useTranslation();
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const [opened, panel] = useDisclosure(false);
  const panelId = useId();
  const active = filterKeys.filter((k) => values[k]).length;
  const clear = { clearable: true, clearButtonProps: { 'aria-label': t('ui.common.clear') }, placeholder: t('ui.innovations.all') };
  const select = (key: FilterKey, label: string, data: Choice[], extra: object = {}) => (
    <Select key={key} label={label} data={data} value={values[key] || null} onChange={(v) => set({ [key]: v ?? '' })} {...clear} {...extra} />
  );

  const fields = (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, xs: 2, md: 4, xl: 5 }} spacing="sm">
        {select('unitId', t('ui.innovations.columns.unit'), choices.units, { searchable: true, nothingFoundMessage: t('ui.common.nothingFound') })}
        {select('stage', t('ui.innovations.columns.stage'), stages.map((s) => ({ value: s, label: t(`ui.innovations.stages.${s}`) })))}
        {select('affair', t('ui.innovations.columns.affair'), choices.affairs, { searchable: true, nothingFoundMessage: t('ui.common.nothingFound') })}
        {select('form', t('ui.innovations.fields.form'), choices.forms)}
        {select('kind', t('ui.innovations.fields.kind'), choices.kinds)}
        {select('periodId', t('ui.innovations.columns.period'), choices.periods, { placeholder: t('ui.innovations.currentPeriod') })}
        {select('status', t('ui.innovations.columns.status'), [
          { value: 'aktif', label: t('ui.innovations.statuses.aktif') },
          { value: 'diajukan_kembali', label: t('ui.innovations.statuses.diajukan_kembali') },
        ])}
        {select('reviewState', t('ui.review.filter'), reviewStates.map((s) => ({ value: s, label: t(`ui.review.states.${s}`) })))}
        {select('complete', t('ui.innovations.columns.completenessFilter'), [
          { value: 'true', label: t('ui.innovations.completeFilter.true') },
          { value: 'false', label: t('ui.innovations.completeFilter.false') },
        ])}
        <Select
          label={t('ui.innovations.sortBy')}
          data={innovationSorts.map((s) => ({ value: s, label: t(`ui.innovations.sorts.${s}`) }))}
          value={values.sort || 'updated'}
          onChange={(v) => set({ sort: v === 'updated' ? '' : (v ?? '') })}
          allowDeselect={false}
        />
        <Select
          label={t('ui.innovations.order')}
          data={(['desc', 'asc'] as const).map((o) => ({ value: o, label: t(`ui.innovations.orders.${o}`) }))}
          value={values.order || 'desc'}
          onChange={(v) => set({ order: v === 'desc' ? '' : (v ?? '') })}
          allowDeselect={false}
        />
      </SimpleGrid>
      {active > 0 && (
        <Button variant="subtle" size="xs" style={{ alignSelf: 'flex-start' }} onClick={() => set(Object.fromEntries(filterKeys.map((k) => [k, ''])))}>
          {t('ui.innovations.clearFilters')}
        </Button>
      )}
    </Stack>
  );

  if (!phone) return fields;
  return (
    <div>
      <Button variant="default" onClick={panel.toggle} aria-expanded={opened} aria-controls={panelId} fullWidth>
        {active > 0 ? t('ui.innovations.filtersActive', { count: active }) : t('ui.innovations.filters')}
      </Button>
      <Collapse expanded={opened} id={panelId} role="group" aria-label={t('ui.innovations.filtersLabel')}>
        <div style={{ paddingTop: 'var(--mantine-spacing-sm)' }}>{fields}</div>
      </Collapse>
    </div>
  );
}
