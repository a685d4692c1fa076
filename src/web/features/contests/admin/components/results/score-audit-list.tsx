import { Button, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../../../domain/contests/contests.js';
import { ErrorAlert } from '../../../../../components/error-alert.js';
import { PageLoader } from '../../../../../components/page-loader.js';
import { TableScroll } from '../../../../../components/table-scroll.js';
import { useFormat } from '../../../../../lib/format.js';
import { useScoreAudit } from '../../api/use-results.js';

type Line = { score?: unknown; abstain?: unknown; comment?: unknown };

/**
 * A sheet change as "Orisinalitas 8 · Manfaat abstain" (the audit stores `{ roundId, scores: {
 * <criterion>: line | null } }`); anything else as JSON, so nothing is hidden.
 */
function describe(value: unknown, names: (key: string) => string, abstain: string): string {
  if (value === null || value === undefined) return '—';
  const scores = typeof value === 'object' && 'scores' in value ? (value as { scores: unknown }).scores : undefined;
  if (scores && typeof scores === 'object' && !Array.isArray(scores)) {
    const parts = Object.entries(scores as Record<string, Line | null>).map(([criterion, line]) => {
      const given = !line ? '—' : line.abstain === true ? abstain : line.score === null || line.score === undefined ? '—' : String(line.score);
      return `${names(criterion)} ${given}`;
    });
    return parts.join(' · ') || '—';
  }
  return JSON.stringify(value);
}

/** Every score change with before and after, loaded on request (it can be long). */
export function ScoreAuditList({ contestId, criteria }: { contestId: string; criteria: readonly Criterion[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [shown, setShown] = useState(false);
  const audit = useScoreAudit(contestId, shown);
  const abstain = t('ui.contestAdmin.results.audit.abstain');
  const names = (key: string) => criteria.find((c) => c.key === key)?.name ?? key;

  return (
    <Stack gap="sm" component="section" aria-labelledby="score-audit">
      <Title order={2} size="h3" id="score-audit">
        {t('ui.contestAdmin.results.audit.title')}
      </Title>
      {!shown ? (
        <Button variant="default" onClick={() => setShown(true)} style={{ alignSelf: 'flex-start' }}>
          {t('ui.contestAdmin.results.audit.show')}
        </Button>
      ) : audit.isPending ? (
        <PageLoader />
      ) : !audit.data ? (
        <ErrorAlert error={audit.error} />
      ) : audit.data.items.length === 0 ? (
        <Text c="dimmed">{t('ui.contestAdmin.results.audit.empty')}</Text>
      ) : (
        <TableScroll label={t('ui.contestAdmin.results.audit.tableLabel')}>
          <Table aria-label={t('ui.contestAdmin.results.audit.tableLabel')} striped miw={900}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('ui.contestAdmin.results.audit.columns.at')}</Table.Th>
                <Table.Th scope="col">{t('ui.contestAdmin.results.audit.columns.judge')}</Table.Th>
                <Table.Th scope="col">{t('ui.contestAdmin.results.audit.columns.entry')}</Table.Th>
                <Table.Th scope="col">{t('ui.contestAdmin.results.audit.columns.round')}</Table.Th>
                <Table.Th scope="col">{t('ui.contestAdmin.results.audit.columns.action')}</Table.Th>
                <Table.Th scope="col">{t('ui.contestAdmin.results.audit.columns.before')}</Table.Th>
                <Table.Th scope="col">{t('ui.contestAdmin.results.audit.columns.after')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audit.data.items.map((a, i) => (
                <Table.Tr key={i}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{format.instant(a.at)}</Table.Td>
                  <Table.Td>{a.judgeName}</Table.Td>
                  <Table.Td>{[a.entryNumber, a.entryTitle].filter(Boolean).join(' · ')}</Table.Td>
                  <Table.Td>{a.roundName}</Table.Td>
                  <Table.Td>{a.action === 'judging.score' ? t('ui.contestAdmin.results.audit.scoreSaved') : a.action}</Table.Td>
                  <Table.Td>
                    <Text size="xs">{describe(a.before, names, abstain)}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="xs">{describe(a.after, names, abstain)}</Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
