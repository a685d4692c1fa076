import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { reached, useNow } from '../../features/contests/clock.js';
import { useJudgeEntry, useJudgeRound } from '../../features/contests/judging/api/use-judging.js';
import { EntryContent } from '../../features/contests/judging/components/entry-content.js';
import { JudgeProgress } from '../../features/contests/judge-progress.js';
import { OtherSheets } from '../../features/contests/judging/components/other-sheets.js';
import { ScoreSheet } from '../../features/contests/judging/components/score-sheet.js';
import { useSignedIn } from '../use-signed-in.js';

/**
 * `/penjurian/:roundId/:entryId`: the entry's content and files, the judge's score sheet (locked
 * from the round's close instant on, or once the results are published) and, for the chair, the
 * other judges' sheets.
 */
export default function JudgingEntryPage() {
  const { t } = useTranslation();
  const { roundId = '', entryId = '' } = useParams();
  const me = useSignedIn();
  const round = useJudgeRound(roundId);
  const entry = useJudgeEntry(roundId, entryId);
  // Every 15 s is enough to lock the sheet at the close; the server refuses later saves anyway.
  const now = useNow(15_000);
  const data = entry.data;
  const r = round.data?.round;
  // The server's reason wins (published results lock the sheet even while the round is open); the
  // local clock adds the close instant reached since the entry was fetched.
  const lockedBy = data?.lockedBy ?? (data?.locked || reached(r?.closesAt ?? null, now) ? 'roundClosed' : null);
  const locked = lockedBy !== null;
  const notOpenUntil = r && !reached(r.opensAt, now) ? r.opensAt : null;
  const categoryName = (key: string | null) => (key ? (round.data?.categories?.find((c) => c.key === key)?.name ?? key) : null) ?? '';

  return (
    <>
      <Anchor component={Link} to={`/penjurian/${roundId}`} size="sm">
        ← {r ? t('ui.judging.entry.backTo', { round: r.name }) : t('ui.judging.back')}
      </Anchor>
      {entry.isPending ? (
        <PageLoader />
      ) : !data ? (
        <>
          <PageTitle>{t('ui.nav.judging')}</PageTitle>
          <ErrorAlert error={entry.error} />
        </>
      ) : (
        <Stack gap="xl" mt="xs">
          <div>
            <PageTitle>{data.entry.title}</PageTitle>
            {round.data && (
              <Text size="sm" c="dimmed">
                {round.data.contestName} · {round.data.round.name}
              </Text>
            )}
          </div>
          <Stack component="section" aria-labelledby="juri-isi" gap="sm">
            <Title order={2} size="h3" id="juri-isi">
              {t('ui.judging.entry.content')}
            </Title>
            <EntryContent data={data} categoryName={categoryName} />
          </Stack>
          <Stack component="section" aria-labelledby="juri-lembar" gap="sm">
            <Title order={2} size="h3" id="juri-lembar">
              {t('ui.judging.sheet.heading')}
            </Title>
            {round.data && <JudgeProgress progress={round.data.progress} label={t('ui.judging.round.myProgress')} />}
            <ScoreSheet
              key={`${data.entry.id}-${data.updatedAt ?? ''}-${lockedBy ?? 'open'}`}
              data={data}
              userId={me.id}
              lockedBy={lockedBy}
              notOpenUntil={locked ? null : notOpenUntil}
            />
          </Stack>
          {round.data?.chair && (
            <Stack component="section" aria-labelledby="juri-lain" gap="sm">
              <Title order={2} size="h3" id="juri-lain">
                {t('ui.judging.others.heading')}
              </Title>
              <OtherSheets roundId={roundId} entryId={entryId} criteria={data.criteria} />
            </Stack>
          )}
        </Stack>
      )}
    </>
  );
}
