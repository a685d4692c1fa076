import { Badge, Button, Table, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Panel } from '../../../../../../domain/contracts/contests.js';
import { TableScroll } from '../../../../../components/table-scroll.js';
import { useFormat } from '../../../../../lib/format.js';
import { JudgeProgress } from '../../../judge-progress.js';

type Member = Panel['members'][number];

/** The panel's judges with their progress (sheets finished of those assigned) and conflicts declared. */
export function PanelMembersTable({ panel, onRemove }: { panel: Panel; onRemove: (m: Member) => void }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('ui.contestAdmin.judges.tableLabel', { round: panel.round.name })}>
      <Table aria-label={t('ui.contestAdmin.judges.tableLabel', { round: panel.round.name })} striped miw={760}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.contestAdmin.judges.columns.name')}</Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.judges.columns.email')}</Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.judges.columns.progress')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('ui.contestAdmin.judges.columns.conflicts')}
            </Table.Th>
            <Table.Th scope="col">{t('ui.contestAdmin.judges.columns.invitedAt')}</Table.Th>
            <Table.Th scope="col">{t('ui.common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {panel.members.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>{t('ui.contestAdmin.judges.empty')}</Table.Td>
            </Table.Tr>
          )}
          {panel.members.map((m) => (
            <Table.Tr key={m.userId}>
              <Table.Th scope="row" fw={400}>
                {m.name}{' '}
                {m.chair && (
                  <Badge variant="light" size="sm">
                    {t('ui.contestAdmin.judges.chairBadge')}
                  </Badge>
                )}
              </Table.Th>
              <Table.Td style={{ overflowWrap: 'anywhere' }}>{m.email}</Table.Td>
              <Table.Td>
                <JudgeProgress progress={m.progress} label={t('ui.contestAdmin.judges.progressLabel', { name: m.name })} />
              </Table.Td>
              <Table.Td ta="right">{m.conflicts}</Table.Td>
              <Table.Td>{format.instant(m.invitedAt)}</Table.Td>
              <Table.Td>
                <Button variant="subtle" color="red" size="xs" onClick={() => onRemove(m)}>
                  {t('ui.contestAdmin.judges.remove')}
                  <VisuallyHidden> {m.name}</VisuallyHidden>
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
