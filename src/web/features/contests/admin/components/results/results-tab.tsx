import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contest } from '../../../../../../domain/contracts/contests.js';
import { ResultsPanel } from './results-panel.js';
import { ScoreAuditList } from './score-audit-list.js';

/**
 * The Hasil tab: the ranking (any judging round, raw or normalised), publication, Excel, certificates,
 * and the score audit. Publishing waits while the setup has unsaved edits: it would drop them.
 */
export function ResultsTab({ contest, unsavedSetup = false }: { contest: Contest; unsavedSetup?: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      <ResultsPanel
        contestId={contest.id}
        rounds={contest.rounds.filter((r) => r.kind === 'penjurian')}
        criteria={contest.criteria}
        normalise={contest.normalise}
        certificates
        publishedAt={contest.resultsPublishedAt}
        publishBlockedBy={unsavedSetup ? t('ui.contestAdmin.results.publishUnsaved') : null}
      />
      <ScoreAuditList contestId={contest.id} criteria={contest.criteria} />
    </Stack>
  );
}
