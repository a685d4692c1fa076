import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useInbox } from '../../features/review/api/use-inbox.js';
import { useMentorStats } from '../../features/review/api/use-mentor-stats.js';
import { InboxTable } from '../../features/review/components/inbox-table.js';
import { MentorStatsTable } from '../../features/review/components/mentor-stats-table.js';
import { useSignedIn } from '../use-signed-in.js';

/** What waits for review, sign-off or reporting; for admins and mentors also how each mentor keeps up. */
export default function ReviewInboxPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  // Mentors see the team's figures too, so a desk can even out its load.
  const seesMentors = me.roles.includes('admin') || me.roles.includes('pendamping');
  const inbox = useInbox();
  const mentors = useMentorStats(seesMentors);

  return (
    <>
      <PageTitle>{t('ui.nav.review')}</PageTitle>
      <Stack gap="xl">
        <Stack gap="sm" component="section" aria-labelledby="review-inbox">
          <Title order={2} size="h3" id="review-inbox">
            {t('ui.review.inbox.title')}
          </Title>
          <Text size="sm">{t('ui.review.inbox.intro')}</Text>
          <ErrorAlert error={inbox.error} />
          {inbox.isPending ? <PageLoader /> : inbox.data && <InboxTable items={inbox.data.items} />}
        </Stack>
        {seesMentors && (
          <Stack gap="sm" component="section" aria-labelledby="review-mentors">
            <Title order={2} size="h3" id="review-mentors">
              {t('ui.review.mentors.title')}
            </Title>
            <ErrorAlert error={mentors.error} />
            {mentors.isPending ? <PageLoader /> : mentors.data && <MentorStatsTable items={mentors.data.items} />}
          </Stack>
        )}
      </Stack>
    </>
  );
}
