import { Anchor, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ContestList as ContestListData } from '../../../../../domain/contracts/contests.js';
import { TableScroll } from '../../../../components/table-scroll.js';
import { useFormat } from '../../../../lib/format.js';
import { ContestStatusBadge } from './contest-status-badge.js';

/** The region's contests: kind, status, when registration closes and how many have entered. */
export function ContestList({ items }: { items: ContestListData['items'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('ui.contestAdmin.listLabel')}>
      <Table aria-label={t('ui.contestAdmin.listLabel')} striped miw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.contestAdmin.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.columns.kind')}</Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.columns.status')}</Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.columns.closes')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('ui.contestAdmin.columns.entries')}
            </Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.columns.updated')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/kelola-lomba/${c.id}`}>
                  {c.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{t(`contestTerms.kind.${c.kind}`)}</Table.Td>
              <Table.Td>
                <ContestStatusBadge status={c.status} />
              </Table.Td>
              <Table.Td>{c.registrationClosesAt ? format.instant(c.registrationClosesAt) : '—'}</Table.Td>
              <Table.Td ta="right">{c.entries}</Table.Td>
              <Table.Td>{format.instant(c.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
