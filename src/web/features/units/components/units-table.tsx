import { Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../../domain/contracts/units.js';
import { RowActions } from '../../../components/row-actions.js';
import { TableScroll } from '../../../components/table-scroll.js';

type Props = {
  units: Unit[];
  /** Absent for read-only roles. */
  actions?: { edit: (unit: Unit) => void; toggleActive: (unit: Unit) => void; remove: (unit: Unit) => void };
};

export function UnitsTable({ units, actions }: Props) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('ui.units.tableLabel')}>
      <Table striped highlightOnHover miw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.units.fields.name')}</Table.Th>
            <Table.Th>{t('ui.units.fields.type')}</Table.Th>
            <Table.Th>{t('ui.units.fields.parent')}</Table.Th>
            <Table.Th>{t('ui.units.head')}</Table.Th>
            <Table.Th>{t('ui.common.status')}</Table.Th>
            {actions && <Table.Th>{t('ui.common.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {units.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={actions ? 6 : 5}>{t('ui.common.empty')}</Table.Td>
            </Table.Tr>
          )}
          {units.map((unit) => (
            <Table.Tr key={unit.id}>
              <Table.Td>{unit.name}</Table.Td>
              <Table.Td>{t(`ui.unitTypes.${unit.type}`)}</Table.Td>
              <Table.Td>{unit.parentName ?? '—'}</Table.Td>
              <Table.Td>
                {unit.headName ?? '—'}
                {unit.headTitle && (
                  <Text size="sm" c="dimmed">
                    {unit.headTitle}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={unit.active ? 'blue' : 'gray'}>
                  {unit.active ? t('ui.common.active') : t('ui.common.inactive')}
                </Badge>
              </Table.Td>
              {actions && (
                <Table.Td>
                  <RowActions
                    name={unit.name}
                    actions={[
                      { label: t('ui.common.edit'), onClick: () => actions.edit(unit) },
                      {
                        label: unit.active ? t('ui.common.deactivate') : t('ui.common.reactivate'),
                        onClick: () => actions.toggleActive(unit),
                      },
                      { label: t('ui.common.delete'), onClick: () => actions.remove(unit) },
                    ]}
                  />
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
