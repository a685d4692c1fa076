import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommentStatus, IdeaStatus } from '../../../../domain/ideas/ideas.js';

const colors: Record<IdeaStatus, string> = { menunggu: 'yellow', terbit: 'blue', ditolak: 'red', ditugaskan: 'green' };

export function IdeaStatusBadge({ status }: { status: IdeaStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]}>
      {t(`ui.ideas.statuses.${status}`)}
    </Badge>
  );
}

/** A comment's status, in the same colours as an idea's. */
export function CommentStatusBadge({ status }: { status: CommentStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]}>
      {t(`ui.ideas.commentStatuses.${status}`)}
    </Badge>
  );
}
