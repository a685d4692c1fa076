import { Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IdeaComment } from '../../../../domain/contracts/ideas.js';
import { useDay } from '../use-day.js';
import { CommentStatusBadge } from './idea-status-badge.js';

type Props = {
  items: IdeaComment[];
  /** The comment whose publication is under way (its button spins). */
  publishing: string | null;
  onPublish: (comment: IdeaComment) => void;
  onReject: (comment: IdeaComment) => void;
};

/** Comments with their idea and author; waiting ones can be published or rejected. */
export function CommentsModerationList({ items, publishing, onPublish, onReject }: Props) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((c) => (
        <Paper component="li" withBorder p="md" key={c.id}>
          <Stack gap={6}>
            <Group justify="space-between" gap="xs">
              <Text size="sm" c="dimmed">
                {t('ui.ideas.moderation.comments.on')}{' '}
                <Anchor href={`/ide/${c.ideaId}`} target="_blank" rel="noopener" size="sm">
                  {c.ideaTitle}
                </Anchor>
              </Text>
              <CommentStatusBadge status={c.status} />
            </Group>
            <Text size="sm" fw={500}>
              {t('ui.ideas.moderation.comments.by', { name: c.authorName, date: day(c.createdAt) })}
            </Text>
            <Text style={{ whiteSpace: 'pre-line' }}>{c.body}</Text>
            {c.status === 'ditolak' && c.rejectReason && (
              <Text size="sm" c="dimmed">
                {t('ui.ideas.mine.rejectReason', { reason: c.rejectReason })}
              </Text>
            )}
            {c.status === 'menunggu' && (
              <Group gap="sm" justify="flex-end">
                <Button size="xs" color="red" variant="light" onClick={() => onReject(c)} aria-label={t('ui.ideas.moderation.comments.rejectLabel', { name: c.authorName })}>
                  {t('ui.ideas.moderation.comments.reject')}
                </Button>
                <Button
                  size="xs"
                  loading={publishing === c.id}
                  onClick={() => onPublish(c)}
                  aria-label={t('ui.ideas.moderation.comments.publishLabel', { name: c.authorName })}
                >
                  {t('ui.ideas.moderation.comments.publish')}
                </Button>
              </Group>
            )}
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
