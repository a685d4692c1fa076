import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useJudgeRounds } from '../../features/contests/judging/api/use-judging.js';
import { RoundsTable } from '../../features/contests/judging/components/rounds-table.js';

/** `/penjurian`: the judge's rounds (those whose panel they sit on) with their progress. */
export default function JudgingPage() {
  const { t } = useTranslation();
  const rounds = useJudgeRounds();
  return (
    <>
      <PageTitle>{t('ui.nav.judging')}</PageTitle>
      <Text mb="md">{t('ui.judging.rounds.intro')}</Text>
      <ErrorAlert error={rounds.error} />
      {rounds.isPending ? (
        <PageLoader />
      ) : (
        rounds.data && (rounds.data.items.length === 0 ? <Text>{t('ui.judging.rounds.empty')}</Text> : <RoundsTable items={rounds.data.items} />)
      )}
    </>
  );
}
