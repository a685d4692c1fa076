import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Contest } from '../../../../../domain/contracts/contests.js';
import { PageTitle } from '../../../../components/page-title.js';
import { useFormat } from '../../../../lib/format.js';
import { ContestStatusBadge } from './contest-status-badge.js';
import { PublishContestDialog } from './publish-contest-dialog.js';

/**
 * The contest's name, status, kind, where it is on the portal, and "Terbitkan" while it is a draft —
 * held back while the setup has unsaved edits (`unsavedSetup`): publishing would drop them.
 */
export function ContestHeader({ contest, unsavedSetup = false }: { contest: Contest; unsavedSetup?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  const [publishing, setPublishing] = useState(false);
  const registration = contest.rounds.find((r) => r.kind === 'pendaftaran');
  return (
    <Stack gap={4} mt="xs" mb="md">
      <Group justify="space-between" align="center" wrap="wrap">
        <PageTitle>{contest.name}</PageTitle>
        {contest.status === 'draf' && (
          <Stack gap={4} mb="md" align="flex-end">
            <Button onClick={() => setPublishing(true)} disabled={unsavedSetup}>
              {t('ui.contestAdmin.publish.button')}
            </Button>
            {unsavedSetup && (
              <Text size="sm" c="dimmed" maw={360} ta="right">
                {t('ui.contestAdmin.publish.unsaved')}
              </Text>
            )}
          </Stack>
        )}
      </Group>
      <Group gap="sm">
        <ContestStatusBadge status={contest.status} />
        <Text size="sm">{t(`contestTerms.kind.${contest.kind}`)}</Text>
        {contest.status !== 'draf' && (
          // A plain link: the portal's pages are served by the server, not by this app's router.
          <Anchor href={`/lomba/${contest.slug}`} size="sm">
            {t('ui.contestAdmin.header.portalLink')}
          </Anchor>
        )}
      </Group>
      {registration && (
        <Text size="sm" c="dimmed">
          {t('ui.contestAdmin.header.registration', { opens: format.instant(registration.opensAt), closes: format.instant(registration.closesAt) })}
        </Text>
      )}
      {publishing && <PublishContestDialog contest={contest} onClose={() => setPublishing(false)} />}
    </Stack>
  );
}
