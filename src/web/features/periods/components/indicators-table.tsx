import { Button, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../../domain/contracts/periods.js';
import { TableScroll } from '../../../components/table-scroll.js';

type Props = { label: string; indicators: Indicator[]; onEdit: (indicator: Indicator) => void };

/** One aspect's indicators, each with its edit button. */
export function IndicatorsTable({ label, indicators, onEdit }: Props) {
  const { t, i18n } = useTranslation();
  const number = new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'id-ID', { maximumFractionDigits: 4 });
  return (
    <TableScroll label={label}>
      <Table striped highlightOnHover miw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.periods.code')}</Table.Th>
            <Table.Th>{t('ui.periods.variable')}</Table.Th>
            <Table.Th>{t('ui.periods.indicatorName')}</Table.Th>
            <Table.Th ta="right">{t('ui.periods.weight')}</Table.Th>
            <Table.Th>{t('ui.periods.mandatory')}</Table.Th>
            <Table.Th>{t('ui.common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {indicators.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>{t('ui.common.empty')}</Table.Td>
            </Table.Tr>
          )}
          {indicators.map((indicator) => (
            <Table.Tr key={indicator.code} data-code={indicator.code}>
              <Table.Td>{indicator.code}</Table.Td>
              <Table.Td>{indicator.variable}</Table.Td>
              <Table.Td>{indicator.name}</Table.Td>
              <Table.Td ta="right" data-testid={`weight-${indicator.code}`}>
                {number.format(indicator.weight)}
              </Table.Td>
              <Table.Td>{indicator.mandatory ? t('ui.periods.yes') : t('ui.periods.no')}</Table.Td>
              <Table.Td>
                <Button variant="default" size="xs" aria-label={t('ui.periods.editLabel', { code: indicator.code })} onClick={() => onEdit(indicator)}>
                  {t('ui.common.edit')}
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
