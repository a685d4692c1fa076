import { Badge, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JudgeRound } from '../../../../../domain/contracts/contests.js';
import { TableScroll } from '../../../../components/table-scroll.js';
import { JudgeProgress } from '../../judge-progress.js';

/** The chair's view of the panel: every judge's progress and how many conflicts they declared. */
export function TeamTable({ team }: { team: NonNullable<JudgeRound['team']> }) {
  const { t } = useTranslation();
  return (
    <TableScroll label={t('ui.judging.team.label')}>
      <Table striped aria-label={t('ui.judging.team.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.judging.team.judge')}</Table.Th>
            <Table.Th scope="col">{t('ui.judging.team.progress')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('ui.judging.team.conflicts')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {team.map((member) => (
            <Table.Tr key={member.userId}>
              <Table.Th scope="row" fw={400}>
                {member.name}
                {member.chair && (
                  <Badge ml="xs" variant="light" size="sm">
                    {t('ui.judging.chair')}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td>
                <JudgeProgress progress={member.progress} label={t('ui.judging.team.progressOf', { name: member.name })} />
              </Table.Td>
              <Table.Td ta="right">{member.conflicts}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
