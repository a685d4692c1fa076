import { Alert, Anchor, Button, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Idea } from '../../../../domain/contracts/ideas.js';
import { isPublicIdea } from '../../../../domain/ideas/ideas.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageLoader } from '../../../components/page-loader.js';
import { ideaFileUrl } from '../api/use-idea-files.js';
import { useIdea } from '../api/use-idea.js';
import { useDay } from '../use-day.js';
import { IdeaStatusBadge } from './idea-status-badge.js';

type Props = {
  id: string;
  affairName: (code: string | null) => string | null;
  /** Set right after the idea was assigned in this dialog: the new proposal is named and linked. */
  justAssigned: boolean;
  publishing: boolean;
  publishError: unknown;
  onPublish: (idea: Idea) => void;
  onReject: (idea: Idea) => void;
  onAssign: (idea: Idea) => void;
  onClose: () => void;
};

function Block({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {children}
    </Stack>
  );
}

/** An idea read in full by a moderator, with the decisions its state allows. */
export function IdeaReviewDialog({ id, affairName, justAssigned, publishing, publishError, onPublish, onReject, onAssign, onClose }: Props) {
  const { t } = useTranslation();
  const idea = useIdea(id);
  const day = useDay();
  const data = idea.data;
  return (
    <Dialog title={data?.title ?? t('ui.common.loading')} onClose={onClose} size="lg">
      <ErrorAlert error={idea.error} />
      {idea.isPending ? (
        <PageLoader />
      ) : (
        data && (
          <Stack>
            {justAssigned && data.innovationId && (
              <Alert color="green" role="status">
                <Stack gap={4}>
                  <Text size="sm">{t('ui.ideas.moderation.assigned', { unit: data.unitName ?? '' })}</Text>
                  <Anchor component={Link} to={`/registri/${data.innovationId}`} size="sm">
                    {t('ui.ideas.moderation.proposalLink')}
                  </Anchor>
                </Stack>
              </Alert>
            )}
            <Group gap="sm">
              <IdeaStatusBadge status={data.status} />
              <Text size="sm" c="dimmed">
                {[`${t('ui.ideas.moderation.author')}: ${data.authorName}`, `${t('ui.ideas.moderation.submitted')}: ${day(data.createdAt)}`, affairName(data.affair), data.location]
                  .filter(Boolean)
                  .join(' · ')}
              </Text>
            </Group>
            <Block label={t('ui.ideas.fields.problem')}>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {data.problem}
              </Text>
            </Block>
            <Block label={t('ui.ideas.fields.solution')}>
              <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                {data.solution}
              </Text>
            </Block>
            <Block label={t('ui.ideas.fields.attachments')}>
              {data.files.length === 0 ? (
                <Text size="sm" c="dimmed">
                  {t('ui.ideas.moderation.noFiles')}
                </Text>
              ) : (
                <List size="sm">
                  {data.files.map((f) => (
                    <List.Item key={f.id}>
                      <Anchor href={ideaFileUrl(data.id, f.id)} target="_blank" rel="noopener">
                        {f.name}
                      </Anchor>
                    </List.Item>
                  ))}
                </List>
              )}
            </Block>
            {data.status === 'ditolak' && data.rejectReason && (
              <Block label={t('ui.ideas.moderation.rejectReason')}>
                <Text size="sm">{data.rejectReason}</Text>
              </Block>
            )}
            {data.status === 'ditugaskan' && (
              <Block label={t('ui.ideas.moderation.assignedTo')}>
                <Group gap="sm">
                  <Text size="sm">{data.unitName}</Text>
                  {data.innovationId && !justAssigned && (
                    <Anchor component={Link} to={`/registri/${data.innovationId}`} size="sm">
                      {t('ui.ideas.moderation.proposalLink')}
                    </Anchor>
                  )}
                </Group>
              </Block>
            )}
            <ErrorAlert error={publishError} />
            <Group justify="space-between">
              {isPublicIdea(data.status) ? (
                <Anchor href={`/ide/${data.id}`} target="_blank" rel="noopener" size="sm">
                  {t('ui.ideas.moderation.publicLink')}
                </Anchor>
              ) : (
                <span />
              )}
              <Group gap="sm">
                {/* `may` already says whether the idea's state allows it (waiting / published, not assigned). */}
                {data.may.moderate && (
                  <>
                    <Button color="red" variant="light" onClick={() => onReject(data)}>
                      {t('ui.ideas.moderation.reject')}
                    </Button>
                    <Button loading={publishing} onClick={() => onPublish(data)}>
                      {t('ui.ideas.moderation.publish')}
                    </Button>
                  </>
                )}
                {data.may.assign && <Button onClick={() => onAssign(data)}>{t('ui.ideas.moderation.assign')}</Button>}
              </Group>
            </Group>
          </Stack>
        )
      )}
    </Dialog>
  );
}
