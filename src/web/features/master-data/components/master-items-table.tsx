import { Table } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MasterItem } from '../../../../domain/contracts/master-data.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { MasterItemStatus } from './master-item-status.js';

type Props = {
  label: string;
  items: MasterItem[];
  /** Only affairs have a group. */
  groupName?: (item: MasterItem) => string;
  actions: (item: MasterItem, index: number) => ReactNode;
};

/** A list's items in their order, on wider screens. */
export function MasterItemsTable({ label, items, groupName, actions }: Props) {
  const { t } = useTranslation();
  const columns = groupName ? 5 : 4;
  return (
    <TableScroll label={label}>
      <Table striped highlightOnHover>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.masterData.name')}</Table.Th>
            <Table.Th>{t('ui.masterData.code')}</Table.Th>
            {groupName && <Table.Th>{t('ui.masterData.group')}</Table.Th>}
            <Table.Th>{t('ui.common.status')}</Table.Th>
            <Table.Th>{t('ui.common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>{t('ui.common.empty')}</Table.Td>
            </Table.Tr>
          )}
          {items.map((item, index) => (
            <Table.Tr key={item.id}>
              <Table.Td>{item.name}</Table.Td>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>
                <code>{item.code}</code>
              </Table.Td>
              {groupName && <Table.Td>{groupName(item)}</Table.Td>}
              <Table.Td>
                <MasterItemStatus active={item.active} />
              </Table.Td>
              <Table.Td>{actions(item, index)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
