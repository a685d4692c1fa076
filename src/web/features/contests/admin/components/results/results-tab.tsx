import { Stack } from '@mantine/core';
import type { Contest } from '../../../../../../domain/contracts/contests.js';
import { ResultsPanel } from './results-panel.js';
import { ScoreAuditList } from './score-audit-list.js';

/** The Hasil tab: the ranking (any judging round, raw or normalised), publication, Excel, certificates, and the score audit. */
export function ResultsTab({ contest }: { contest: Contest }) {
  return (
    <Stack gap="xl">
      <ResultsPanel
        contestId={contest.id}
        rounds={contest.rounds.filter((r) => r.kind === 'penjurian')}
        criteria={contest.criteria}
        normalise={contest.normalise}
        certificates
        publishedAt={contest.resultsPublishedAt}
      />
      <ScoreAuditList contestId={contest.id} criteria={contest.criteria} />
    </Stack>
  );
}
