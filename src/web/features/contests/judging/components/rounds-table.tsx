import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JudgeRounds } from '../../../../../domain/contracts/contests.js';
import { TableScroll } from '../../../../components/table-scroll.js';
import { useFormat } from '../../../../lib/format.js';
import { JudgeProgress } from '../../judge-progress.js';

/** The judge's rounds: contest, round (and whether they chair it), its mode and state, the close, their progress. */
export function RoundsTable({ items }: { items: JudgeRounds['items'] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('ui.judging.rounds.listLabel')}>
      <Table striped aria-label={t('ui.judging.rounds.listLabel')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.judging.rounds.columns.round')}</Table.Th>
            <Table.Th scope="col">{t('ui.judging.rounds.columns.contest')}</Table.Th>
            <Table.Th scope="col">{t('ui.judging.rounds.columns.state')}</Table.Th>
            <Table.Th scope="col">{t('ui.judging.rounds.columns.closes')}</Table.Th>
            <Table.Th scope="col">{t('ui.judging.rounds.columns.progress')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <Table.Tr key={item.round.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/penjurian/${item.round.id}`}>
                  {item.round.name}
                </Anchor>
                {item.chair && (
                  <Badge ml="xs" variant="light" size="sm">
                    {t('ui.judging.chair')}
                  </Badge>
                )}
                {item.round.mode && (
                  <Text size="xs" c="dimmed">
                    {t(`contestTerms.judgingMode.${item.round.mode}`)}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>{item.contestName}</Table.Td>
              <Table.Td>{t(`contestTerms.roundState.${item.round.state}`)}</Table.Td>
              <Table.Td>{format.instant(item.round.closesAt)}</Table.Td>
              <Table.Td>
                <JudgeProgress progress={item.progress} label={t('ui.judging.progress.label', { round: item.round.name })} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
