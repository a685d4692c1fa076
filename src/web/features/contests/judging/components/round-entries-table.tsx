import { Anchor, Badge, Button, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { JudgeRound } from '../../../../../domain/contracts/contests.js';
import { TableScroll } from '../../../../components/table-scroll.js';
import { ConflictDialog } from './conflict-dialog.js';
import { SheetStatusBadge } from '../../judge-progress.js';

type RoundEntry = JudgeRound['entries'][number];

/**
 * The contest's passed entries as one judge sees them: the assigned ones open the score sheet;
 * any entry without a conflict yet can be declared one.
 */
export function RoundEntriesTable({ round }: { round: JudgeRound }) {
  const { t } = useTranslation();
  const [declaring, setDeclaring] = useState<RoundEntry | null>(null);
  const category = (key: string | null) => (key ? (round.categories?.find((c) => c.key === key)?.name ?? key) : '—');
  return (
    <>
      <TableScroll label={t('ui.judging.round.entriesLabel')}>
        <Table striped aria-label={t('ui.judging.round.entriesLabel')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('ui.judging.round.columns.number')}</Table.Th>
              <Table.Th scope="col">{t('ui.judging.round.columns.title')}</Table.Th>
              <Table.Th scope="col">{t('ui.judging.round.columns.entrant')}</Table.Th>
              <Table.Th scope="col">{t('ui.judging.round.columns.category')}</Table.Th>
              <Table.Th scope="col">{t('ui.judging.round.columns.sheet')}</Table.Th>
              <Table.Th scope="col">{t('ui.common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {round.entries.map((entry) => (
              <Table.Tr key={entry.entryId}>
                <Table.Td>{entry.number ?? '—'}</Table.Td>
                <Table.Th scope="row" fw={400}>
                  {entry.assigned && !entry.conflict ? (
                    <Anchor component={Link} to={`/penjurian/${round.round.id}/${entry.entryId}`}>
                      {entry.title}
                    </Anchor>
                  ) : (
                    entry.title
                  )}
                </Table.Th>
                <Table.Td>{entry.entrantName}</Table.Td>
                <Table.Td>{category(entry.category)}</Table.Td>
                <Table.Td>
                  {entry.conflict ? (
                    <Badge variant="filled" color="red.9">
                      {t('ui.judging.round.conflict', { type: t(`contestTerms.conflict.${entry.conflict.type}`) })}
                    </Badge>
                  ) : entry.assigned ? (
                    <SheetStatusBadge status={entry.sheet} />
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('ui.judging.round.notAssigned')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  {!entry.conflict && (
                    <Button size="xs" variant="default" onClick={() => setDeclaring(entry)}>
                      {t('ui.judging.conflict.declare')}
                      {/* Each button names its entry: a list of buttons read out of the table must tell them apart. */}
                      <VisuallyHidden> {entry.title}</VisuallyHidden>
                    </Button>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {declaring && <ConflictDialog roundId={round.round.id} entry={declaring} onClose={() => setDeclaring(null)} />}
    </>
  );
}
