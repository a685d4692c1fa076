import { Badge, Checkbox, Group, Select, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UnitStanding } from '../../../../domain/contracts/monitoring.js';
import { stages } from '../../../../domain/iid/engine.js';
import { reviewStates } from '../../../../domain/review/workflow.js';
import { TableScroll } from '../../../components/table-scroll.js';

export const unitSorts = ['shortfall', 'name'] as const;
export type UnitSort = (typeof unitSorts)[number];

type Props = {
  units: UnitStanding[];
  sort: UnitSort;
  onlyBelow: boolean;
  onChange: (changes: { sort?: UnitSort; onlyBelow?: boolean }) => void;
};

const columns = 5 + stages.length + reviewStates.length + 1;
// A soft red behind a unit below its quota; the "Di bawah kuota" badge says the same in words.
const belowRow = { backgroundColor: 'var(--mantine-color-red-light)' };

/** Every active unit against its quota, with its innovations by stage and by review state. */
export function UnitStandingsTable({ units, sort, onlyBelow, onChange }: Props) {
  const { t, i18n } = useTranslation();
  const byName = (a: UnitStanding, b: UnitStanding) => a.name.localeCompare(b.name, i18n.language);
  const shown = units
    .filter((u) => !onlyBelow || u.below)
    .sort((a, b) => (sort === 'shortfall' ? b.shortfall - a.shortfall || byName(a, b) : byName(a, b)));
  const standing = (u: UnitStanding) => (u.below ? 'below' : u.quota > 0 ? 'met' : 'noQuota');

  return (
    <>
      <Group align="flex-end" gap="md" mb="sm" wrap="wrap">
        <Select
          label={t('ui.monitoring.table.sort')}
          data={unitSorts.map((s) => ({ value: s, label: t(`ui.monitoring.table.sorts.${s}`) }))}
          value={sort}
          onChange={(next) => next && onChange({ sort: next as UnitSort })}
          allowDeselect={false}
          w={{ base: '100%', xs: 240 }}
        />
        <Checkbox
          label={t('ui.monitoring.table.onlyBelow')}
          checked={onlyBelow}
          onChange={(e) => onChange({ onlyBelow: e.currentTarget.checked })}
          mb={8}
        />
      </Group>
      <Text size="sm" mb="xs" aria-live="polite">
        {t('ui.monitoring.table.count', { shown: shown.length, total: units.length })}
      </Text>
      <TableScroll label={t('ui.monitoring.table.label')}>
        <Table striped highlightOnHover withColumnBorders miw={1280}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" rowSpan={2} aria-sort={sort === 'name' ? 'ascending' : undefined}>
                {t('ui.monitoring.table.columns.unit')}
              </Table.Th>
              <Table.Th scope="col" rowSpan={2} ta="right">
                {t('ui.monitoring.table.columns.quota')}
              </Table.Th>
              <Table.Th scope="col" rowSpan={2} ta="right">
                {t('ui.monitoring.table.columns.registered')}
              </Table.Th>
              <Table.Th scope="col" rowSpan={2} ta="right">
                {t('ui.monitoring.table.columns.submitted')}
              </Table.Th>
              <Table.Th scope="col" rowSpan={2} ta="right" aria-sort={sort === 'shortfall' ? 'descending' : undefined}>
                {t('ui.monitoring.table.columns.shortfall')}
              </Table.Th>
              <Table.Th scope="colgroup" colSpan={stages.length} ta="center">
                {t('ui.monitoring.table.columns.stages')}
              </Table.Th>
              <Table.Th scope="colgroup" colSpan={reviewStates.length} ta="center">
                {t('ui.monitoring.table.columns.reviewStates')}
              </Table.Th>
              <Table.Th scope="col" rowSpan={2}>
                {t('ui.monitoring.table.columns.standing')}
              </Table.Th>
            </Table.Tr>
            <Table.Tr>
              {stages.map((s) => (
                <Table.Th key={s} scope="col" ta="right">
                  {t(`ui.innovations.stages.${s}`)}
                </Table.Th>
              ))}
              {reviewStates.map((s) => (
                <Table.Th key={s} scope="col" ta="right">
                  {t(`ui.review.states.${s}`)}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={columns}>{onlyBelow && units.length > 0 ? t('ui.monitoring.table.emptyBelow') : t('ui.monitoring.table.empty')}</Table.Td>
              </Table.Tr>
            )}
            {shown.map((u) => (
              <Table.Tr key={u.unitId} style={u.below ? belowRow : undefined} data-below={u.below || undefined}>
                <Table.Th scope="row" fw={u.below ? 700 : 500} miw={200}>
                  {u.name}
                  <Text size="xs" c="dimmed" fw={400}>
                    {t(`ui.unitTypes.${u.type}`)}
                    {u.handlesBasicService && ` · ${t('ui.monitoring.table.basicService')}`}
                  </Text>
                </Table.Th>
                <Table.Td ta="right">{u.quota}</Table.Td>
                <Table.Td ta="right">{u.registered}</Table.Td>
                <Table.Td ta="right">{u.submitted}</Table.Td>
                <Table.Td ta="right" fw={u.shortfall > 0 ? 700 : undefined}>
                  {u.shortfall}
                </Table.Td>
                {stages.map((s) => (
                  <Table.Td key={s} ta="right">
                    {u.byStage[s]}
                  </Table.Td>
                ))}
                {reviewStates.map((s) => (
                  <Table.Td key={s} ta="right">
                    {u.byReviewState[s]}
                  </Table.Td>
                ))}
                <Table.Td>
                  <Badge variant={u.below ? 'filled' : 'light'} color={u.below ? 'red' : standing(u) === 'met' ? 'blue' : 'gray'} style={{ whiteSpace: 'nowrap' }}>
                    {t(`ui.monitoring.table.standing.${standing(u)}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}
