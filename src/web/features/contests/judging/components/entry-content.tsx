import { Anchor, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { JudgeEntry } from '../../../../../domain/contracts/contests.js';
import { entryFileUrl } from '../../entries/api/keys.js';

type Props = { data: JudgeEntry; categoryName: (key: string | null) => string };

/** What the judge scores: the entry's texts, group, the contest's own fields and the files. */
export function EntryContent({ data, categoryName }: Props) {
  const { t } = useTranslation();
  const { entry, form } = data;
  const answered = form.filter((f) => f.kind !== 'berkas');
  const files = (key: string) => entry.files.filter((f) => f.field === key);
  const unknownFiles = entry.files.filter((f) => !form.some((field) => field.key === f.field));
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {[entry.number, t(`contestTerms.entrantKind.${entry.entrantKind}`), entry.entrantName, categoryName(entry.category), entry.fieldOfWork].filter(Boolean).join(' · ')}
      </Text>
      <Stack gap={4}>
        <Title order={3} size="h5">
          {t('ui.judging.entry.summary')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }}>{entry.summary || '—'}</Text>
      </Stack>
      {entry.entrantKind === 'kelompok' && (
        <Stack gap={4}>
          <Title order={3} size="h5">
            {entry.groupName ? t('ui.judging.entry.group', { name: entry.groupName }) : t('ui.judging.entry.members')}
          </Title>
          <List size="sm">
            {entry.members.map((m, i) => (
              <List.Item key={i}>{m.role ? `${m.name} (${m.role})` : m.name}</List.Item>
            ))}
          </List>
        </Stack>
      )}
      {answered.map((field) => {
        const value = entry.answers[field.key];
        const text = value === null || value === undefined || value === '' ? '—' : String(value);
        return (
          <Stack gap={4} key={field.key}>
            <Title order={3} size="h5">
              {field.label}
            </Title>
            {field.kind === 'tautan' && text !== '—' ? (
              <Anchor href={text} target="_blank" rel="noopener noreferrer">
                {text}
              </Anchor>
            ) : (
              <Text style={{ whiteSpace: 'pre-wrap' }}>{text}</Text>
            )}
          </Stack>
        );
      })}
      {[...form.filter((f) => f.kind === 'berkas').map((f) => ({ key: f.key, label: f.label, items: files(f.key) })), ...(unknownFiles.length ? [{ key: '_', label: t('ui.judging.entry.otherFiles'), items: unknownFiles }] : [])].map(
        (group) => (
          <Stack gap={4} key={group.key}>
            <Title order={3} size="h5">
              {group.label}
            </Title>
            {group.items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('ui.judging.entry.noFile')}
              </Text>
            ) : (
              <List size="sm">
                {group.items.map((f) => (
                  <List.Item key={f.id}>
                    <Anchor href={entryFileUrl(entry.id, f.id)} target="_blank" rel="noopener">
                      {f.name}
                    </Anchor>
                  </List.Item>
                ))}
              </List>
            )}
          </Stack>
        ),
      )}
    </Stack>
  );
}
