import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { IdeaListItem } from '../../../../domain/contracts/ideas.js';
import { isPublicIdea } from '../../../../domain/ideas/ideas.js';
import { useDay } from '../use-day.js';
import { IdeaStatusBadge } from './idea-status-badge.js';

type Props = {
  items: IdeaListItem[];
  affairName: (code: string | null) => string | null;
  onEdit: (id: string) => void;
  /** Staff who can open the registry get a link to the proposal an assigned idea became. */
  showProposal: boolean;
};

/** The account's own ideas: status, why a rejected one was refused, where an assigned one went. */
export function MyIdeasList({ items, affairName, onEdit, showProposal }: Props) {
  const { t } = useTranslation();
  const day = useDay();
  return (
    <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
      {items.map((idea) => (
        <Paper component="li" withBorder p="md" key={idea.id}>
          <Stack gap={6}>
            <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
              <Title order={3} size="h5">
                {idea.title}
              </Title>
              <IdeaStatusBadge status={idea.status} />
            </Group>
            <Text size="sm" c="dimmed">
              {[
                t('ui.ideas.mine.submittedOn', { date: day(idea.createdAt) }),
                affairName(idea.affair),
                idea.location,
                t('ui.ideas.mine.supports', { count: idea.supportCount }),
                t('ui.ideas.mine.comments', { count: idea.commentCount }),
                idea.fileCount ? t('ui.ideas.mine.files', { count: idea.fileCount }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
            {idea.status === 'ditolak' && idea.rejectReason && <Text size="sm">{t('ui.ideas.mine.rejectReason', { reason: idea.rejectReason })}</Text>}
            {idea.status === 'ditugaskan' && idea.unitName && <Text size="sm">{t('ui.ideas.mine.assignedTo', { unit: idea.unitName })}</Text>}
            <Group gap="sm">
              {idea.status === 'menunggu' && (
                <Button size="xs" variant="light" onClick={() => onEdit(idea.id)} aria-label={t('ui.ideas.mine.editLabel', { title: idea.title })}>
                  {t('ui.ideas.mine.edit')}
                </Button>
              )}
              {isPublicIdea(idea.status) && (
                // The public idea page is served by the server: a plain link.
                <Anchor href={`/ide/${idea.id}`} size="sm">
                  {t('ui.ideas.mine.view')}
                </Anchor>
              )}
              {showProposal && idea.innovationId && (
                <Anchor component={Link} to={`/registri/${idea.innovationId}`} size="sm">
                  {t('ui.ideas.mine.proposal')}
                </Anchor>
              )}
            </Group>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
