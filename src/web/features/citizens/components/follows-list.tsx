import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Follow } from '../../../../domain/contracts/citizens.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageLoader } from '../../../components/page-loader.js';
import { notifyError, notifySuccess } from '../../../lib/notify.js';
import { useDay } from '../../ideas/use-day.js';
import { useFollows } from '../api/use-follows.js';
import { useUnfollow } from '../api/use-unfollow.js';

/** "What I follow": innovations and ideas the account is told about, each with an unfollow button. */
export function FollowsList() {
  const { t } = useTranslation();
  const follows = useFollows();
  const unfollow = useUnfollow();
  const day = useDay();
  const stop = (f: Follow) =>
    unfollow.mutate(
      { subject: f.subject, subjectId: f.subjectId },
      { onSuccess: () => notifySuccess(t('ui.citizen.follows.unfollowed', { title: f.title })), onError: notifyError },
    );

  return (
    <Stack component="section" aria-labelledby="yang-diikuti" gap="sm">
      <Title order={2} size="h3" id="yang-diikuti">
        {t('ui.citizen.follows.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('ui.citizen.follows.intro')}
      </Text>
      <ErrorAlert error={follows.error} />
      {follows.isPending ? (
        <PageLoader />
      ) : follows.data && follows.data.items.length === 0 ? (
        <Text>{t('ui.citizen.follows.empty')}</Text>
      ) : (
        <Stack component="ul" gap="xs" p={0} style={{ listStyle: 'none' }}>
          {follows.data?.items.map((f) => (
            <Paper component="li" withBorder p="sm" key={`${f.subject}:${f.subjectId}`}>
              <Group justify="space-between" wrap="wrap" gap="xs">
                <Stack gap={2}>
                  <Group gap="xs">
                    <Badge variant="light">{t(`ui.citizen.follows.subjects.${f.subject}`)}</Badge>
                    {f.link ? (
                      // Public pages are served by the server, not the app: a plain link.
                      <Anchor href={f.link}>{f.title}</Anchor>
                    ) : (
                      <Text>
                        {f.title} <Text span size="sm" c="dimmed">({t('ui.citizen.follows.notPublic')})</Text>
                      </Text>
                    )}
                  </Group>
                  <Text size="sm" c="dimmed">
                    {t('ui.citizen.follows.since', { date: day(f.createdAt) })}
                  </Text>
                </Stack>
                <Button
                  variant="default"
                  size="xs"
                  aria-label={t('ui.citizen.follows.unfollowLabel', { title: f.title })}
                  loading={unfollow.isPending && unfollow.variables?.subjectId === f.subjectId}
                  onClick={() => stop(f)}
                >
                  {t('ui.citizen.follows.unfollow')}
                </Button>
              </Group>
            </Paper>
          ))}
        </Stack>
      )}
    </Stack>
  );
}
