import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MentorStatsRow } from '../../../../domain/contracts/review.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { formatDuration } from '../format-review.js';

const columns = 7;
// Up to two days reads better in hours; beyond, in days.
const hoursUpTo = 48;

/** Per mentor: units, what waits for them, how many reviews and returns, and how fast they answer. */
export function MentorStatsTable({ items }: { items: MentorStatsRow[] }) {
  const { t, i18n } = useTranslation();
  const turnaround = (hours: number | null) => {
    if (hours === null) return t('ui.review.mentors.none');
    return hours <= hoursUpTo ? formatDuration(hours, 'hour', i18n.language) : formatDuration(hours / 24, 'day', i18n.language);
  };

  return (
    <TableScroll label={t('ui.review.mentors.tableLabel')}>
      <Table striped highlightOnHover miw={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.review.mentors.columns.name')}</Table.Th>
            <Table.Th ta="right">{t('ui.review.mentors.columns.units')}</Table.Th>
            <Table.Th ta="right">{t('ui.review.mentors.columns.waiting')}</Table.Th>
            <Table.Th ta="right">{t('ui.review.mentors.columns.reviews')}</Table.Th>
            <Table.Th ta="right">{t('ui.review.mentors.columns.returns')}</Table.Th>
            <Table.Th ta="right">{t('ui.review.mentors.columns.returnRate')}</Table.Th>
            <Table.Th ta="right">{t('ui.review.mentors.columns.turnaround')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>{t('ui.review.mentors.empty')}</Table.Td>
            </Table.Tr>
          )}
          {items.map((row) => (
            <Table.Tr key={row.mentorId}>
              <Table.Td>{row.name}</Table.Td>
              <Table.Td ta="right">{row.units}</Table.Td>
              <Table.Td ta="right">{row.waiting}</Table.Td>
              <Table.Td ta="right">{row.reviews}</Table.Td>
              <Table.Td ta="right">{row.returns}</Table.Td>
              <Table.Td ta="right">{row.reviews ? t('ui.review.mentors.percent', { value: Math.round(row.returnRate * 100) }) : t('ui.review.mentors.none')}</Table.Td>
              <Table.Td ta="right">{turnaround(row.medianTurnaroundHours)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
