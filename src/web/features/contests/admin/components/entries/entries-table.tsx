import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contest, EntryList } from '../../../../../../domain/contracts/contests.js';
import { TableScroll } from '../../../../../components/table-scroll.js';
import { useFormat } from '../../../../../lib/format.js';
import { EntryStatusBadge } from '../../../entry-status-badge.js';

/** The sent entries; a title opens the entry (read only) with its selection. */
export function EntriesTable({ contest, items, onOpen }: { contest: Contest; items: EntryList['items']; onOpen: (entryId: string) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  const category = (key: string | null) => contest.categories.find((c) => c.key === key)?.name ?? key ?? '—';
  return (
    <TableScroll label={t('ui.contestAdmin.entries.tableLabel')}>
      <Table aria-label={t('ui.contestAdmin.entries.tableLabel')} striped miw={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.contestAdmin.entries.columns.number')}</Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.entries.columns.title')}</Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.entries.columns.entrant')}</Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.entries.columns.category')}</Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.entries.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.entries.columns.submittedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>{t('ui.contestAdmin.entries.empty')}</Table.Td>
            </Table.Tr>
          )}
          {items.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{e.number ?? '—'}</Table.Td>
              <Table.Th scope="row" fw={400}>
                <Anchor component="button" type="button" onClick={() => onOpen(e.id)} ta="left">
                  {e.title || t('ui.contestAdmin.entries.untitled')}
                </Anchor>
              </Table.Th>
              <Table.Td>
                {e.entrantName}
                <Text size="xs" c="dimmed">
                  {t(`contestTerms.entrantKind.${e.entrantKind}`)}
                </Text>
              </Table.Td>
              <Table.Td>{category(e.category)}</Table.Td>
              <Table.Td>
                <EntryStatusBadge status={e.status} />
                {e.selection?.reason && (
                  <Text size="xs" c="dimmed">
                    {e.selection.reason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{e.submittedAt ? format.instant(e.submittedAt) : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
