import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InboxItem } from '../../../../domain/contracts/review.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useFormat } from '../../../lib/format.js';
import { formatDuration } from '../format-review.js';
import { ReviewStateBadge } from './review-state-badge.js';

const columns = 6;

/** Innovations waiting for this person, the longest waiting first. */
export function InboxTable({ items }: { items: InboxItem[] }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const oldestFirst = [...items].sort((a, b) => Date.parse(a.since) - Date.parse(b.since));
  const age = (days: number) => (days < 1 ? t('ui.review.inbox.ageToday') : formatDuration(days, 'day', i18n.language));

  return (
    <TableScroll label={t('ui.review.inbox.tableLabel')}>
      <Table striped highlightOnHover miw={820}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.review.inbox.columns.name')}</Table.Th>
            <Table.Th>{t('ui.review.inbox.columns.unit')}</Table.Th>
            <Table.Th>{t('ui.review.inbox.columns.state')}</Table.Th>
            <Table.Th>{t('ui.review.inbox.columns.since')}</Table.Th>
            <Table.Th ta="right">{t('ui.review.inbox.columns.pending')}</Table.Th>
            <Table.Th ta="right">{t('ui.review.inbox.columns.returned')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {oldestFirst.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>{t('ui.review.inbox.empty')}</Table.Td>
            </Table.Tr>
          )}
          {oldestFirst.map((item) => (
            <Table.Tr key={item.innovationId}>
              <Table.Td>
                <Anchor component={Link} to={`/registri/${item.innovationId}`} style={{ overflowWrap: 'anywhere' }}>
                  {item.name}
                </Anchor>
              </Table.Td>
              <Table.Td>{item.unitName}</Table.Td>
              <Table.Td>
                <ReviewStateBadge state={item.state} />
              </Table.Td>
              <Table.Td>
                {format.instant(item.since)}
                <Text size="sm" c="dimmed">
                  {age(item.ageDays)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{item.pendingIndicators}</Table.Td>
              <Table.Td ta="right">{item.returnedIndicators}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
