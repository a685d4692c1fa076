import { Alert, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useMyEntries } from '../../features/contests/entries/api/use-my-entries.js';
import { JoinDialog } from '../../features/contests/entries/components/join-dialog.js';
import { MyEntriesList } from '../../features/contests/entries/components/my-entries-list.js';
import { OpenContestsList } from '../../features/contests/entries/components/open-contests-list.js';
import { useSignedIn } from '../use-signed-in.js';

/**
 * `/lomba-saya`: the caller's entries with their status, and the contests open for entry with
 * "Ikut". `?ikut=<contestId>` (the portal's button links here) opens the "Ikut" dialog for it.
 */
export default function MyContestsPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const mine = useMyEntries();
  const [params, setParams] = useSearchParams();
  const joining = params.get('ikut');
  const setJoining = (id: string | null) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        if (id) next.set('ikut', id);
        else next.delete('ikut');
        return next;
      },
      { replace: true },
    );
  const data = mine.data;
  const contest = joining ? data?.open.find((c) => c.id === joining) : undefined;

  return (
    <>
      <PageTitle>{t('ui.nav.myContests')}</PageTitle>
      <ErrorAlert error={mine.error} />
      {mine.isPending ? (
        <PageLoader />
      ) : (
        data && (
          <Stack gap="xl">
            {joining && !contest && (
              <Alert color="orange" role="status" withCloseButton closeButtonLabel={t('ui.common.close')} onClose={() => setJoining(null)}>
                {t('ui.contestEntry.open.notOpen')}
              </Alert>
            )}
            <Stack component="section" aria-labelledby="lomba-dibuka" gap="sm">
              <Title order={2} size="h3" id="lomba-dibuka">
                {t('ui.contestEntry.open.heading')}
              </Title>
              {data.open.length === 0 ? <Text>{t('ui.contestEntry.open.empty')}</Text> : <OpenContestsList items={data.open} onJoin={setJoining} />}
            </Stack>
            <Stack component="section" aria-labelledby="karya-saya" gap="sm">
              <Title order={2} size="h3" id="karya-saya">
                {t('ui.contestEntry.mine.heading')}
              </Title>
              {data.entries.length === 0 ? <Text>{t('ui.contestEntry.mine.empty')}</Text> : <MyEntriesList items={data.entries} />}
            </Stack>
          </Stack>
        )
      )}
      {contest && <JoinDialog key={contest.id} contest={contest} me={me} onClose={() => setJoining(null)} />}
    </>
  );
}
