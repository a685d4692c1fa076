import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdeaListItem } from '../../../../domain/contracts/ideas.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useDay } from '../use-day.js';
import { IdeaStatusBadge } from './idea-status-badge.js';

type Props = { items: IdeaListItem[]; affairName: (code: string | null) => string | null; onOpen: (id: string) => void };

export function IdeasModerationTable({ items, affairName, onOpen }: Props) {
  const { t } = useTranslation();
  const day = useDay();
  const column = (key: 'title' | 'author' | 'affair' | 'status' | 'submitted' | 'supports') => <Table.Th>{t(`ui.ideas.moderation.columns.${key}`)}</Table.Th>;
  return (
    <TableScroll label={t('ui.ideas.moderation.tabs.ideas')}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            {column('title')}
            {column('author')}
            {column('affair')}
            {column('status')}
            {column('submitted')}
            {column('supports')}
            <Table.Th>{t('ui.common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((idea) => (
            <Table.Tr key={idea.id}>
              <Table.Td>{idea.title}</Table.Td>
              <Table.Td>{idea.authorName}</Table.Td>
              <Table.Td>{affairName(idea.affair) ?? '—'}</Table.Td>
              <Table.Td>
                <IdeaStatusBadge status={idea.status} />
              </Table.Td>
              <Table.Td>{day(idea.createdAt)}</Table.Td>
              <Table.Td>{idea.supportCount}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="light" onClick={() => onOpen(idea.id)} aria-label={t('ui.ideas.moderation.openLabel', { title: idea.title })}>
                  {t('ui.ideas.moderation.open')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
