import { Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageLoader } from '../../../components/page-loader.js';
import { useFormat } from '../../../lib/format.js';
import { useInnovationHistory } from '../api/use-innovation-history.js';
import type { useMasterData } from '../api/use-master-data.js';
import { describeValue } from '../describe-value.js';

const actionKeys = {
  'innovation.create': 'create',
  'innovation.update': 'update',
  'innovation.answer': 'answer',
  'innovation.evidence.add': 'evidenceAdd',
  'innovation.evidence.remove': 'evidenceRemove',
  'innovation.lifecycle': 'lifecycle',
  'innovation.carryOver': 'carryOver',
  'innovation.import': 'import',
} as const;

/** Who changed what and when (in the region's clock), each changed field before and after. */
export function HistoryPanel({ innovationId, master }: { innovationId: string; master: ReturnType<typeof useMasterData> }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const history = useInnovationHistory(innovationId);
  const fieldLabels = t('ui.innovations.fields', { returnObjects: true }) as Record<string, string>;
  const show = (field: string, value: unknown) => describeValue(field, value, { t, language: i18n.language, nameOf: master.nameOf });
  const label = (field: string) => fieldLabels[field] ?? fieldLabels[field.replace(/Id$/, '')] ?? field;
  const actionOf = (action: string) => (action in actionKeys ? t(`ui.innovations.history.actions.${actionKeys[action as keyof typeof actionKeys]}`) : action);

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('ui.innovations.history.title')}
      </Title>
      <ErrorAlert error={history.error} />
      {history.isPending && <PageLoader />}
      {history.data?.items.length === 0 && <Text>{t('ui.innovations.history.empty')}</Text>}
      <Stack gap="sm" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {history.data?.items.map((entry) => (
          <Paper key={entry.id} withBorder p="sm" component="li">
            <Text size="sm" fw={600}>
              {actionOf(entry.action)}
            </Text>
            <Text size="sm" c="dimmed">
              {format.instant(entry.at)} · {entry.actorName ?? t('ui.innovations.history.system')}
            </Text>
            {entry.reason && (
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {t('ui.innovations.history.reason', { reason: entry.reason })}
              </Text>
            )}
            {entry.changes.length > 0 && (
              <Table layout="fixed" mt="xs" fz="sm" verticalSpacing={4} aria-label={t('ui.innovations.history.changesLabel', { at: format.instant(entry.at) })}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('ui.innovations.history.field')}</Table.Th>
                    <Table.Th>{t('ui.innovations.history.before')}</Table.Th>
                    <Table.Th>{t('ui.innovations.history.after')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {entry.changes.map((change) => (
                    <Table.Tr key={change.field}>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{label(change.field)}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(change.field, change.before)}</Table.Td>
                      <Table.Td style={{ overflowWrap: 'anywhere' }}>{show(change.field, change.after)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </Paper>
        ))}
      </Stack>
    </Stack>
  );
}
