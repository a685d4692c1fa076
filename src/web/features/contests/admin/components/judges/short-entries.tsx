import { Alert, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Panel } from '../../../../../../domain/contracts/contests.js';
import { TableScroll } from '../../../../../components/table-scroll.js';

/** Entries with fewer judges than the minimum, because too many judges declared a conflict on them. */
export function ShortEntries({ panel }: { panel: Panel }) {
  const { t } = useTranslation();
  if (panel.short.length === 0) return null;
  return (
    // The title is plain text: the alert's own orange title falls short of AA contrast.
    <Alert color="orange" variant="light">
      <Text fw={600} mb="xs">
        {t('ui.contestAdmin.judges.shortTitle', { count: panel.short.length })}
      </Text>
      <TableScroll label={t('ui.contestAdmin.judges.shortLabel')}>
        <Table aria-label={t('ui.contestAdmin.judges.shortLabel')} miw={480}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ui.contestAdmin.entries.columns.number')}</Table.Th>
              <Table.Th scope="col">{t('ui.contestAdmin.entries.columns.title')}</Table.Th>
              <Table.Th scope="col" ta="right">
                {t('ui.contestAdmin.judges.columns.assigned')}
              </Table.Th>
              <Table.Th scope="col" ta="right">
                {t('ui.contestAdmin.judges.columns.wanted')}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {panel.short.map((s) => (
              <Table.Tr key={s.entryId}>
                <Table.Td>{s.number ?? '—'}</Table.Td>
                <Table.Td>{s.title}</Table.Td>
                <Table.Td ta="right">{s.assigned}</Table.Td>
                <Table.Td ta="right">{s.wanted}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Alert>
  );
}
