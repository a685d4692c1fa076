import { Alert, Anchor, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Entry } from '../../../../../domain/contracts/contests.js';
import { useFormat } from '../../../../lib/format.js';
import { certificateUrl } from '../api/keys.js';
import { EntryStatusBadge } from '../../entry-status-badge.js';

/** Where the entry stands: number, status, when sent, the selection's decision and reason, the result and certificate. */
export function EntryStatus({ entry }: { entry: Entry }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="xs">
      <Group gap="sm">
        <EntryStatusBadge status={entry.status} />
        {entry.number && <Text fw={500}>{t('ui.contestEntry.mine.number', { number: entry.number })}</Text>}
        <Text size="sm" c="dimmed">
          {t(`contestTerms.entrantKind.${entry.entrantKind}`)} · {entry.entrantName}
        </Text>
      </Group>
      {entry.submittedAt ? (
        <Text size="sm">{t('ui.contestEntry.status.sentAt', { date: format.instant(entry.submittedAt) })}</Text>
      ) : (
        <Text size="sm">{t('ui.contestEntry.status.notSent')}</Text>
      )}
      {entry.status === 'terkirim' && <Text size="sm">{t('ui.contestEntry.status.revisable')}</Text>}
      {entry.selection && (
        <Alert color={entry.selection.decision === 'lolos' ? 'green' : 'red'} title={t(`contestTerms.decision.${entry.selection.decision}`)}>
          <Text size="sm">{t('ui.contestEntry.status.decidedAt', { date: format.instant(entry.selection.decidedAt) })}</Text>
          {entry.selection.reason && <Text size="sm">{t('ui.contestEntry.status.reason', { reason: entry.selection.reason })}</Text>}
        </Alert>
      )}
      {entry.result && (
        <Alert color={entry.result.winner ? 'green' : 'blue'} title={t('ui.contestEntry.result.title')}>
          <Stack gap={6}>
            <Text size="sm" fw={500}>
              {entry.result.winner && entry.result.rank !== null ? t('ui.contestEntry.result.winner', { rank: entry.result.rank }) : t('ui.contestEntry.result.participant')}
            </Text>
            {entry.result.certificate && (
              <Anchor href={certificateUrl(entry.id)} download>
                {t('ui.contestEntry.result.certificate')}
              </Anchor>
            )}
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
