import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../../domain/contracts/contests.js';
import { ErrorAlert } from '../../../../components/error-alert.js';
import { PageLoader } from '../../../../components/page-loader.js';
import { TableScroll } from '../../../../components/table-scroll.js';
import { useEntryScores } from '../api/use-judging.js';

/**
 * The chair's view of every judge's sheet on the entry (never shown to other judges; the server
 * leaves out entries the chair is conflicted on). One row per judge, one column per criterion.
 */
export function OtherSheets({ roundId, entryId, criteria }: { roundId: string; entryId: string; criteria: readonly Criterion[] }) {
  const { t } = useTranslation();
  const scores = useEntryScores(roundId, entryId, true);
  if (scores.isPending) return <PageLoader />;
  if (scores.error) return <ErrorAlert error={scores.error} />;
  const items = scores.data.items;
  if (!items.length) return <Text c="dimmed">{t('ui.judging.others.empty')}</Text>;
  return (
    <TableScroll label={t('ui.judging.others.label')}>
      <Table striped aria-label={t('ui.judging.others.label')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('ui.judging.others.judge')}</Table.Th>
            {criteria.map((c) => (
              <Table.Th scope="col" key={c.key}>
                {c.name}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item, i) => (
            <Table.Tr key={i}>
              <Table.Th scope="row" fw={400}>
                {item.judgeName}
              </Table.Th>
              {criteria.map((c) => {
                const line = item.sheet.find((l) => l.criterion === c.key);
                return (
                  <Table.Td key={c.key}>
                    {line?.abstain ? t('ui.judging.sheet.abstain') : (line?.score ?? '—')}
                    {line?.comment && (
                      <Text size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {line.comment}
                      </Text>
                    )}
                  </Table.Td>
                );
              })}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
