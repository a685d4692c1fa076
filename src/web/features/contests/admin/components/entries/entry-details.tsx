import { Anchor, Group, List, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Contest, Entry } from '../../../../../../domain/contracts/contests.js';
import { useFormat } from '../../../../../lib/format.js';
import { entryFileUrl } from '../../api/keys.js';
import { EntryStatusBadge } from '../../../entry-status-badge.js';

const isLink = (v: unknown): v is string => typeof v === 'string' && /^https?:\/\//i.test(v);

/** An entry as sent: who entered, the title and summary, the contest's own fields with their files, and the declarations. */
export function EntryDetails({ contest, entry }: { contest: Contest; entry: Entry }) {
  const { t } = useTranslation();
  const format = useFormat();
  const yesNo = (v: boolean) => (v ? t('ui.contestAdmin.entry.yes') : t('ui.contestAdmin.entry.no'));
  const category = contest.categories.find((c) => c.key === entry.category)?.name ?? entry.category;
  const rows: [string, string | null][] = [
    [t('ui.contestAdmin.entry.number'), entry.number],
    [t('ui.contestAdmin.entry.entrant'), `${entry.entrantName} (${t(`contestTerms.entrantKind.${entry.entrantKind}`)})`],
    [t('ui.contestAdmin.entry.unit'), entry.unitName],
    [t('ui.contestAdmin.entry.groupName'), entry.groupName],
    [t('ui.contestAdmin.entry.category'), category],
    [t('ui.contestAdmin.entry.fieldOfWork'), entry.fieldOfWork],
    [t('ui.contestAdmin.entry.submittedAt'), entry.submittedAt ? format.instant(entry.submittedAt) : null],
  ];

  return (
    <Stack gap="md">
      <Group gap="xs">
        <EntryStatusBadge status={entry.status} />
      </Group>
      <Table variant="vertical" aria-label={t('ui.contestAdmin.entry.detailsLabel')}>
        <Table.Tbody>
          {rows
            .filter(([, v]) => v)
            .map(([label, value]) => (
              <Table.Tr key={label}>
                <Table.Th scope="row" w={200}>
                  {label}
                </Table.Th>
                <Table.Td>{value}</Table.Td>
              </Table.Tr>
            ))}
        </Table.Tbody>
      </Table>
      {entry.members.length > 0 && (
        <div>
          <Title order={3} size="h5" mb={4}>
            {t('ui.contestAdmin.entry.members')}
          </Title>
          <List size="sm">
            {entry.members.map((m, i) => (
              <List.Item key={i}>{m.role ? `${m.name} — ${m.role}` : m.name}</List.Item>
            ))}
          </List>
        </div>
      )}
      <div>
        <Title order={3} size="h5" mb={4}>
          {t('ui.contestAdmin.entry.summary')}
        </Title>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {entry.summary || '—'}
        </Text>
      </div>
      {contest.form.map((field) => {
        const files = entry.files.filter((f) => f.field === field.key);
        const answer = entry.answers[field.key];
        return (
          <div key={field.key}>
            <Title order={3} size="h5" mb={4}>
              {field.label}
            </Title>
            {field.kind === 'berkas' ? (
              files.length ? (
                <List size="sm">
                  {files.map((f) => (
                    <List.Item key={f.id}>
                      <Anchor href={entryFileUrl(entry.id, f.id)} download={f.name} size="sm" style={{ overflowWrap: 'anywhere' }}>
                        {f.name}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              ) : (
                <Text size="sm" c="dimmed">
                  {t('ui.contestAdmin.entry.noFile')}
                </Text>
              )
            ) : isLink(answer) && field.kind === 'tautan' ? (
              <Anchor href={answer} target="_blank" rel="noopener noreferrer" size="sm" style={{ overflowWrap: 'anywhere' }}>
                {answer}
              </Anchor>
            ) : (
              <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                {answer === null || answer === undefined || answer === '' ? '—' : String(answer)}
              </Text>
            )}
          </div>
        );
      })}
      <div>
        <Title order={3} size="h5" mb={4}>
          {t('ui.contestAdmin.entry.declarations')}
        </Title>
        <List size="sm">
          {contest.eligibility.residentsOnly && <List.Item>{t('ui.contestAdmin.entry.resident', { answer: yesNo(entry.declarations.resident) })}</List.Item>}
          {contest.eligibility.notAwardedElsewhere && (
            <List.Item>{t('ui.contestAdmin.entry.notAwardedElsewhere', { answer: yesNo(entry.declarations.notAwardedElsewhere) })}</List.Item>
          )}
          <List.Item>
            {t('ui.contestAdmin.entry.implementedOn', { date: entry.declarations.implementedOn ? format.date(entry.declarations.implementedOn) : '—' })}
          </List.Item>
        </List>
      </div>
    </Stack>
  );
}
