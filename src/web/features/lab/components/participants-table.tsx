import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CohortDetail } from '../../../../domain/contracts/lab.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { PlanStatusBadge } from './plan-status-badge.js';

/** The participating units the reader sees, with their action-plan state. */
export function ParticipantsTable({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  if (!cohort.participants.length) return <Text c="dimmed">{t('ui.lab.detail.noParticipants')}</Text>;
  return (
    <TableScroll label={t('ui.lab.detail.participants')}>
      <Table striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.lab.detail.unitColumn')}</Table.Th>
            <Table.Th scope="col">{t('ui.lab.detail.statusColumn')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('ui.lab.detail.plansColumn')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {cohort.participants.map((p) => (
            <Table.Tr key={p.unitId}>
              <Table.Th scope="row" fw={400}>
                {p.name}
              </Table.Th>
              <Table.Td>
                <PlanStatusBadge status={p.status} />
              </Table.Td>
              <Table.Td ta="right">{p.plans}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
