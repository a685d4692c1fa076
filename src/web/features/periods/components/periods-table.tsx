import { Anchor, Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PeriodSummary } from '../../../../domain/contracts/periods.js';
import { RowActions } from '../../../components/row-actions.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useFormat } from '../../../lib/format.js';

type Props = {
  periods: PeriodSummary[];
  actions: { makeCurrent: (period: PeriodSummary) => void; clone: (period: PeriodSummary) => void; open: (period: PeriodSummary) => void };
};

export function PeriodsTable({ periods, actions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('ui.periods.tableLabel')}>
      <Table striped highlightOnHover miw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.periods.year')}</Table.Th>
            <Table.Th>{t('ui.periods.inputWindow')}</Table.Th>
            <Table.Th>{t('ui.periods.indicators')}</Table.Th>
            <Table.Th>{t('ui.common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {periods.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={4}>{t('ui.common.empty')}</Table.Td>
            </Table.Tr>
          )}
          {periods.map((period) => (
            <Table.Tr key={period.id}>
              <Table.Td>
                <Anchor component={Link} to={`/periode/${period.id}`} fw={600}>
                  {t('ui.periods.name', { year: period.year })}
                </Anchor>{' '}
                {period.isCurrent && (
                  <Badge variant="light" color="blue" ml="xs">
                    {t('ui.periods.current')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>
                {t('ui.periods.range', {
                  from: format.instant(period.parameters.inputWindow.opensAt),
                  to: format.instant(period.parameters.inputWindow.closesAt),
                })}
              </Table.Td>
              <Table.Td>{t('ui.periods.indicatorCount', { region: period.regionIndicators, innovation: period.innovationIndicators })}</Table.Td>
              <Table.Td>
                <RowActions
                  name={t('ui.periods.name', { year: period.year })}
                  actions={[
                    { label: t('ui.periods.open'), onClick: () => actions.open(period) },
                    { label: t('ui.periods.makeCurrent'), onClick: () => actions.makeCurrent(period), hidden: period.isCurrent },
                    { label: t('ui.periods.clone'), onClick: () => actions.clone(period) },
                  ]}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
