import { Anchor, Checkbox, Group, Progress, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InnovationListItem } from '../../../../domain/contracts/innovations.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useFormat } from '../../../lib/format.js';
import { ReviewStateBadge } from '../../review/components/review-state-badge.js';
import { formatScore } from '../format-numbers.js';
import { StageBadge } from './stage-badge.js';

/** Rows an admin picks (for the draft designation decree), kept by the page across pages of the list. */
export type RowSelection = {
  isSelected: (id: string) => boolean;
  onChange: (items: InnovationListItem[], selected: boolean) => void;
};

type Props = {
  items: InnovationListItem[];
  affairName: (code: string | null) => string | null;
  /** Adds a first column of checkboxes. */
  selection?: RowSelection;
};

/** The list on a wider screen. */
export function InnovationsTable({ items, affairName, selection }: Props) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const columns = selection ? 9 : 8;
  const selectedHere = selection ? items.filter((item) => selection.isSelected(item.id)).length : 0;
  return (
    <TableScroll label={t('ui.innovations.tableLabel')}>
      <Table striped highlightOnHover miw={940}>
        <Table.Thead>
          <Table.Tr>
            {selection && (
              <Table.Th w={40}>
                <Checkbox
                  aria-label={t('ui.letters.decree.selectPage')}
                  checked={items.length > 0 && selectedHere === items.length}
                  indeterminate={selectedHere > 0 && selectedHere < items.length}
                  disabled={items.length === 0}
                  onChange={(e) => selection.onChange(items, e.currentTarget.checked)}
                />
              </Table.Th>
            )}
            <Table.Th>{t('ui.innovations.columns.name')}</Table.Th>
            <Table.Th>{t('ui.innovations.columns.unit')}</Table.Th>
            <Table.Th>{t('ui.innovations.columns.stage')}</Table.Th>
            <Table.Th>{t('ui.review.column')}</Table.Th>
            <Table.Th>{t('ui.innovations.columns.affair')}</Table.Th>
            <Table.Th>{t('ui.innovations.columns.completeness')}</Table.Th>
            <Table.Th>{t('ui.innovations.columns.maturity')}</Table.Th>
            <Table.Th>{t('ui.innovations.columns.updatedAt')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columns}>{t('ui.innovations.empty')}</Table.Td>
            </Table.Tr>
          )}
          {items.map((item) => (
            <Table.Tr key={item.id} bg={selection?.isSelected(item.id) ? 'var(--mantine-primary-color-light)' : undefined}>
              {selection && (
                <Table.Td>
                  <Checkbox
                    aria-label={t('ui.letters.decree.selectOne', { name: item.name })}
                    checked={selection.isSelected(item.id)}
                    onChange={(e) => selection.onChange([item], e.currentTarget.checked)}
                  />
                </Table.Td>
              )}
              <Table.Td>
                <Anchor component={Link} to={`/registri/${item.id}`}>
                  {item.name}
                </Anchor>
                <Text size="xs" c="dimmed">
                  {t('ui.innovations.periodName', { year: item.periodYear })}
                  {item.status === 'diajukan_kembali' && ` · ${t('ui.innovations.statuses.diajukan_kembali')}`}
                </Text>
              </Table.Td>
              <Table.Td>{item.unitName}</Table.Td>
              <Table.Td>
                <StageBadge stage={item.stage} />
              </Table.Td>
              <Table.Td>
                <ReviewStateBadge state={item.reviewState} />
              </Table.Td>
              <Table.Td>{affairName(item.mainAffair) ?? '—'}</Table.Td>
              <Table.Td>
                <Group gap="xs" wrap="nowrap">
                  <Progress value={item.completeness} size="sm" w={60} aria-label={t('ui.innovations.completenessValue', { percent: item.completeness })} />
                  <Text size="sm">{t('ui.innovations.percent', { percent: item.completeness })}</Text>
                </Group>
              </Table.Td>
              <Table.Td>{formatScore(item.maturityClaimed, i18n.language)}</Table.Td>
              <Table.Td>{format.instant(item.updatedAt)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
