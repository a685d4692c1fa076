import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useJudgeRound } from '../../features/contests/judging/api/use-judging.js';
import { JudgeProgress } from '../../features/contests/judge-progress.js';
import { RoundEntriesTable } from '../../features/contests/judging/components/round-entries-table.js';
import { TeamTable } from '../../features/contests/judging/components/team-table.js';
import { ResultsPanel } from '../../features/contests/admin/components/results/results-panel.js';
import { useFormat } from '../../lib/format.js';

/**
 * `/penjurian/:roundId`: one judging round — the judge's progress, the contest's passed entries
 * (assigned ones open the sheet; conflicts are declared here) and, for the chair, the panel's progress.
 */
export default function JudgingRoundPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const { roundId = '' } = useParams();
  const round = useJudgeRound(roundId);
  const data = round.data;

  return (
    <>
      <Anchor component={Link} to="/penjurian" size="sm">
        ← {t('ui.judging.back')}
      </Anchor>
      {round.isPending ? (
        <PageLoader />
      ) : !data ? (
        <>
          <PageTitle>{t('ui.nav.judging')}</PageTitle>
          <ErrorAlert error={round.error} />
        </>
      ) : (
        <Stack gap="xl" mt="xs">
          <div>
            <PageTitle>{t('ui.judging.round.title', { round: data.round.name, contest: data.contestName })}</PageTitle>
            <Group gap="xs" mb="xs">
              <Badge variant="light">{t(`contestTerms.roundState.${data.round.state}`)}</Badge>
              {data.round.mode && <Badge variant="outline">{t(`contestTerms.judgingMode.${data.round.mode}`)}</Badge>}
              {data.chair && <Badge variant="light">{t('ui.judging.chair')}</Badge>}
            </Group>
            <Text size="sm">{t('ui.judging.round.window', { opens: format.instant(data.round.opensAt), closes: format.instant(data.round.closesAt) })}</Text>
          </div>
          <Stack component="section" aria-labelledby="juri-kemajuan" gap="sm">
            <Title order={2} size="h3" id="juri-kemajuan">
              {t('ui.judging.round.myProgress')}
            </Title>
            <JudgeProgress progress={data.progress} label={t('ui.judging.round.myProgress')} />
          </Stack>
          <Stack component="section" aria-labelledby="juri-karya" gap="sm">
            <Title order={2} size="h3" id="juri-karya">
              {t('ui.judging.round.entries')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('ui.judging.round.entriesIntro')}
            </Text>
            {data.entries.length === 0 ? <Text>{t('ui.judging.round.noEntries')}</Text> : <RoundEntriesTable round={data} />}
          </Stack>
          {data.team && (
            <Stack component="section" aria-labelledby="juri-tim" gap="sm">
              <Title order={2} size="h3" id="juri-tim">
                {t('ui.judging.team.heading')}
              </Title>
              <TeamTable team={data.team} />
            </Stack>
          )}
          {data.chair && (
            // The chair reads the ranking of their round and publishes it (the admin does the same on /kelola-lomba).
            <Stack component="section" aria-labelledby="juri-hasil" gap="sm">
              <Title order={2} size="h3" id="juri-hasil">
                {t('ui.judging.results.heading')}
              </Title>
              {/* Inside this page's h2 section: the panel's title is an h3, its categories h4. */}
              <ResultsPanel
                contestId={data.contestId}
                rounds={[data.round]}
                criteria={data.criteria}
                normalise={data.normalise ?? false}
                certificates={false}
                publishedAt={null}
                headingLevel={3}
              />
            </Stack>
          )}
        </Stack>
      )}
    </>
  );
}
