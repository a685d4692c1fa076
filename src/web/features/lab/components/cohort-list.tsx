import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CohortSummary } from '../../../../domain/contracts/lab.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useFormat } from '../../../lib/format.js';
import { stageLabel } from './stage-label.js';

/** The cohorts with their current stage, deadline and how many units have handed in. */
export function CohortList({ items }: { items: CohortSummary[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('ui.lab.listLabel')}>
      <Table striped miw={640}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.lab.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('ui.lab.columns.stage')}</Table.Th>
            <Table.Th scope="col">{t('ui.lab.columns.deadline')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('ui.lab.columns.units')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('ui.lab.columns.handedIn')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('ui.lab.columns.withoutPlan')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/lab/${c.id}`}>
                  {c.name}
                </Anchor>
              </Table.Th>
              <Table.Td>{stageLabel(t, c.current)}</Table.Td>
              <Table.Td>
                <Text size="sm" c={c.deadlinePassed ? 'dimmed' : undefined}>
                  {format.instant(c.planDeadline)}
                </Text>
              </Table.Td>
              <Table.Td ta="right">{c.units}</Table.Td>
              <Table.Td ta="right">{c.handedIn}</Table.Td>
              <Table.Td ta="right">{c.withoutPlan}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
