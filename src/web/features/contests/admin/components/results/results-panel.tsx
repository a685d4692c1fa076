import { Alert, Button, Group, Select, Stack, Switch, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Criterion } from '../../../../../../domain/contests/contests.js';
import type { Round } from '../../../../../../domain/contracts/contests.js';
import { ErrorAlert } from '../../../../../components/error-alert.js';
import { PageLoader } from '../../../../../components/page-loader.js';
import { useFormat } from '../../../../../lib/format.js';
import { scoresXlsxUrl } from '../../api/keys.js';
import { useResults } from '../../api/use-results.js';
import { PublishResultsDialog } from './publish-results-dialog.js';
import { RankingTable } from './ranking-table.js';

type Props = {
  contestId: string;
  /** The judging rounds to rank from (the latest that has opened is the default); a chair passes their own round. */
  rounds: readonly Round[];
  criteria: readonly Criterion[];
  /** The contest's setting: ranked by normalised scores unless switched off here. */
  normalise: boolean;
  /** Certificate links (the admin's) once the results are published. */
  certificates: boolean;
  /** When the contest's results were published (the answer's own date wins). */
  publishedAt: string | null;
  /** Why publishing must wait (shown instead of the hint, the button disabled), e.g. unsaved setup edits; null when it need not. */
  publishBlockedBy?: string | null;
  /** The level of the panel's title (2 on its own tab, 3 inside a page section); the categories' titles are one below. */
  headingLevel?: 2 | 3;
};

/**
 * The ranking per category from one judging round, raw or normalised, with the tie-break rule
 * stated; the Excel export of every score; publication after confirmation. Usable by the admin
 * (Hasil tab) and by a round's chair.
 */
export function ResultsPanel({ contestId, rounds, criteria, normalise, certificates, publishedAt: contestPublishedAt, publishBlockedBy = null, headingLevel = 2 }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  const [roundId, setRoundId] = useState<string | null>(null);
  const [normalised, setNormalised] = useState(normalise);
  const [publishing, setPublishing] = useState(false);
  // A round not yet open has no scores: start from the latest one that has opened.
  const round = rounds.find((r) => r.id === roundId) ?? rounds.findLast((r) => r.state !== 'belum') ?? rounds[0];
  const results = useResults(contestId, { roundId: round?.id ?? '', normalised });
  if (!round) return <Text c="dimmed">{t('ui.contestAdmin.judges.noRounds')}</Text>;
  const data = results.data;
  const publishedAt = data?.publishedAt ?? contestPublishedAt;

  return (
    <Stack gap="md">
      <Group align="flex-end" gap="md" wrap="wrap">
        {rounds.length > 1 && (
          <Select
            label={t('ui.contestAdmin.results.round')}
            data={rounds.map((r) => ({ value: r.id, label: r.name }))}
            value={round.id}
            onChange={setRoundId}
            allowDeselect={false}
            w={280}
          />
        )}
        <Switch label={t('ui.contestAdmin.results.normalised')} checked={normalised} onChange={(e) => setNormalised(e.currentTarget.checked)} mb={6} />
        <Button component="a" href={scoresXlsxUrl(contestId)} download variant="default">
          {t('ui.contestAdmin.results.download')}
        </Button>
      </Group>
      {publishedAt ? (
        <Alert color="green" variant="light">
          {t('ui.contestAdmin.results.publishedAt', { at: format.instant(publishedAt) })}
        </Alert>
      ) : (
        <Group>
          <Button onClick={() => setPublishing(true)} disabled={!data || results.isPlaceholderData || publishBlockedBy !== null}>
            {t('ui.contestAdmin.results.publish')}
          </Button>
          <Text size="sm" c={publishBlockedBy ? undefined : 'dimmed'}>
            {publishBlockedBy ?? t('ui.contestAdmin.results.publishHint')}
          </Text>
        </Group>
      )}
      <ErrorAlert error={results.error} />
      {results.isPending ? (
        <PageLoader />
      ) : (
        data && (
          <Stack gap="lg" component="section" aria-labelledby="ranking-title">
            <Title order={headingLevel} size="h3" id="ranking-title">
              {t('ui.contestAdmin.results.title', { round: round.name })}
            </Title>
            <Text size="sm">
              {t(`contestTerms.tieBreak.${data.tieBreak}`)} {t(data.normalised ? 'ui.contestAdmin.results.byNormalised' : 'ui.contestAdmin.results.byRaw')}
            </Text>
            {data.categories.map((c) => (
              <RankingTable
                key={c.key}
                category={c}
                criteria={criteria}
                normalised={data.normalised}
                certificates={certificates && Boolean(publishedAt)}
                headingLevel={headingLevel === 2 ? 3 : 4}
              />
            ))}
          </Stack>
        )
      )}
      {publishing && <PublishResultsDialog contestId={contestId} round={round} normalised={normalised} onClose={() => setPublishing(false)} />}
    </Stack>
  );
}
