import { Anchor, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useEntry } from '../../features/contests/entries/api/use-entry.js';
import { reached, useNow } from '../../features/contests/clock.js';
import { CloseCountdown } from '../../features/contests/entries/components/close-countdown.js';
import { EntryForm } from '../../features/contests/entries/components/entry-form.js';
import { EntryStatus } from '../../features/contests/entries/components/entry-status.js';
import { useSignedIn } from '../use-signed-in.js';

/**
 * `/lomba-saya/:id`: one entry — the time left until registration closes, the status (selection,
 * result, certificate) and the form, read-only once registration has closed or the selection decided.
 */
export default function MyEntryPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const { id = '' } = useParams();
  const entry = useEntry(id);
  const now = useNow();
  const data = entry.data;

  return (
    <>
      <Anchor component={Link} to="/lomba-saya" size="sm">
        ← {t('ui.contestEntry.back')}
      </Anchor>
      {entry.isPending ? (
        <PageLoader />
      ) : !data ? (
        <>
          <PageTitle>{t('ui.nav.myContests')}</PageTitle>
          <ErrorAlert error={entry.error} />
        </>
      ) : (
        <Stack gap="xl" mt="xs">
          <div>
            <PageTitle>{data.contestName}</PageTitle>
            <Text>{data.title.trim() || t('ui.contestEntry.mine.untitled')}</Text>
            {/* The public contest page (rules, timeline) is served by the server: a plain link. */}
            <Anchor href={`/lomba/${data.contestSlug}`} size="sm">
              {t('ui.contestEntry.open.rules', { name: data.contestName })}
            </Anchor>
          </div>
          {data.closesAt && <CloseCountdown closesAt={data.closesAt} zone={data.zone} now={now} />}
          <Stack component="section" aria-labelledby="karya-status" gap="sm">
            <Title order={2} size="h3" id="karya-status">
              {t('ui.contestEntry.status.heading')}
            </Title>
            <EntryStatus entry={data} />
          </Stack>
          <EntryForm key={data.id} entry={data} userId={me.id} closed={reached(data.closesAt, now)} />
        </Stack>
      )}
    </>
  );
}
