import { Box, Group, SegmentedControl, Stack, Tabs, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Idea, IdeaComment } from '../../../domain/contracts/ideas.js';
import { commentStatuses, ideaStatuses, type CommentStatus, type IdeaStatus } from '../../../domain/ideas/ideas.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { Pager } from '../../components/pager.js';
import { SearchInput } from '../../components/search-input.js';
import { useMasterData } from '../../features/innovations/api/use-master-data.js';
import { useIdeaComments, useModerateComment } from '../../features/ideas/api/use-idea-comments.js';
import { useIdeas } from '../../features/ideas/api/use-ideas.js';
import { useModerateIdea } from '../../features/ideas/api/use-moderate-idea.js';
import { AssignDialog } from '../../features/ideas/components/assign-dialog.js';
import { CommentsModerationList } from '../../features/ideas/components/comments-moderation-list.js';
import { IdeaReviewDialog } from '../../features/ideas/components/idea-review-dialog.js';
import { IdeasModerationTable } from '../../features/ideas/components/ideas-moderation-table.js';
import { RejectDialog } from '../../features/ideas/components/reject-dialog.js';
import { useUnits } from '../../features/units/api/use-units.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useUrlQuery } from '../../lib/use-url-query.js';

const pageSize = 25;
const all = 'semua';

/** One dialog at a time: reading an idea, rejecting it, or assigning it (each returns to reading or closes). */
type Open = { kind: 'view'; id: string; justAssigned?: boolean } | { kind: 'reject'; idea: Idea } | { kind: 'assign'; idea: Idea };

function IdeasTab() {
  const { t } = useTranslation();
  const { values, page, set } = useUrlQuery(['status', 'q'] as const);
  // Waiting ideas are the work: the filter starts there.
  const status: IdeaStatus | typeof all = values.status === all ? all : (ideaStatuses.find((s) => s === values.status) ?? 'menunggu');
  const ideas = useIdeas({ status: status === all ? undefined : status, q: values.q || undefined, page, pageSize });
  const master = useMasterData();
  const [open, setOpen] = useState<Open>();
  const units = useUnits({ active: 'true', pageSize: 200 }, open?.kind === 'assign');
  const moderate = useModerateIdea();
  const counts = ideas.data?.counts;
  const total = counts ? Object.values(counts).reduce((a, b) => a + b, 0) : null;
  const label = (name: string, count: number | null | undefined) => (count == null ? name : t('ui.ideas.moderation.countLabel', { status: name, count }));
  const affairName = (code: string | null) => master.nameOf('affair', code);

  const publish = (idea: Idea) =>
    moderate.mutate({ id: idea.id, input: { decision: 'publish' } }, { onSuccess: () => notifySuccess(t('ui.ideas.moderation.published')) });
  const reject = (idea: Idea, reason: string) =>
    moderate.mutate(
      { id: idea.id, input: { decision: 'reject', reason } },
      {
        onSuccess: () => {
          notifySuccess(t('ui.ideas.moderation.rejected'));
          setOpen(undefined);
        },
      },
    );
  const openView = (id: string, justAssigned = false) => {
    moderate.reset();
    setOpen({ kind: 'view', id, justAssigned });
  };

  return (
    <Stack gap="md">
      <Group align="flex-end" wrap="wrap">
        <Stack gap={4} style={{ maxWidth: '100%' }}>
          <Text size="sm" fw={500} id="status-ide">
            {t('ui.ideas.moderation.statusFilter')}
          </Text>
          {/* Five choices do not fit a phone's width: the row scrolls sideways instead. */}
          <Box style={{ overflowX: 'auto', maxWidth: '100%' }}>
            <SegmentedControl
              aria-labelledby="status-ide"
              value={status}
              onChange={(next) => set({ status: next === 'menunggu' ? '' : next })}
              data={[
                ...ideaStatuses.map((s) => ({ value: s, label: label(t(`ui.ideas.statuses.${s}`), counts?.[s]) })),
                { value: all, label: label(t('ui.ideas.moderation.all'), total) },
              ]}
            />
          </Box>
        </Stack>
        <SearchInput label={t('ui.ideas.moderation.search')} value={values.q} onChange={(q) => set({ q })} />
      </Group>
      <ErrorAlert error={ideas.error} />
      {ideas.isPending ? (
        <PageLoader />
      ) : (
        ideas.data &&
        (ideas.data.items.length === 0 ? (
          <Text>{t('ui.ideas.moderation.empty')}</Text>
        ) : (
          <>
            <IdeasModerationTable items={ideas.data.items} affairName={affairName} onOpen={(id) => openView(id)} />
            <Pager page={page} pageSize={pageSize} total={ideas.data.total} onChange={(p) => set({ page: p })} />
          </>
        ))
      )}

      {open?.kind === 'view' && (
        <IdeaReviewDialog
          id={open.id}
          affairName={affairName}
          justAssigned={Boolean(open.justAssigned)}
          publishing={moderate.isPending}
          publishError={moderate.error}
          onPublish={publish}
          onReject={(idea) => {
            moderate.reset();
            setOpen({ kind: 'reject', idea });
          }}
          onAssign={(idea) => setOpen({ kind: 'assign', idea })}
          onClose={() => setOpen(undefined)}
        />
      )}
      {open?.kind === 'reject' && (
        <RejectDialog
          title={t('ui.ideas.moderation.rejectTitle')}
          message={t('ui.ideas.moderation.rejectMessage', { title: open.idea.title })}
          confirmLabel={t('ui.ideas.moderation.rejectConfirm')}
          loading={moderate.isPending}
          error={moderate.error}
          onConfirm={(reason) => reject(open.idea, reason)}
          onClose={() => openView(open.idea.id)}
        />
      )}
      {open?.kind === 'assign' && (
        <AssignDialog
          idea={open.idea}
          units={(units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }))}
          onDone={(idea) => openView(idea.id, true)}
          onClose={() => openView(open.idea.id)}
        />
      )}
    </Stack>
  );
}

function CommentsTab() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<CommentStatus>('menunggu');
  const [page, setPage] = useState(1);
  const comments = useIdeaComments({ status, page, pageSize });
  const moderate = useModerateComment();
  const [rejecting, setRejecting] = useState<IdeaComment>();
  const counts = comments.data?.counts;

  const publish = (c: IdeaComment) =>
    moderate.mutate({ id: c.id, input: { decision: 'publish' } }, { onSuccess: () => notifySuccess(t('ui.ideas.moderation.comments.published')), onError: notifyError });
  const reject = (c: IdeaComment, reason: string) =>
    moderate.mutate(
      { id: c.id, input: { decision: 'reject', reason } },
      {
        onSuccess: () => {
          notifySuccess(t('ui.ideas.moderation.comments.rejected'));
          setRejecting(undefined);
        },
      },
    );

  return (
    <Stack gap="md">
      <Stack gap={4}>
        <Text size="sm" fw={500} id="status-komentar">
          {t('ui.ideas.moderation.statusFilter')}
        </Text>
        <SegmentedControl
          aria-labelledby="status-komentar"
          value={status}
          onChange={(next) => {
            setStatus(next as CommentStatus);
            setPage(1);
          }}
          data={commentStatuses.map((s) => ({
            value: s,
            label: counts ? t('ui.ideas.moderation.countLabel', { status: t(`ui.ideas.commentStatuses.${s}`), count: counts[s] }) : t(`ui.ideas.commentStatuses.${s}`),
          }))}
          style={{ alignSelf: 'flex-start' }}
        />
      </Stack>
      <ErrorAlert error={comments.error} />
      {comments.isPending ? (
        <PageLoader />
      ) : (
        comments.data &&
        (comments.data.items.length === 0 ? (
          <Text>{t('ui.ideas.moderation.comments.empty')}</Text>
        ) : (
          <>
            <CommentsModerationList
              items={comments.data.items}
              publishing={moderate.isPending && moderate.variables?.input.decision === 'publish' ? moderate.variables.id : null}
              onPublish={publish}
              onReject={(c) => {
                moderate.reset();
                setRejecting(c);
              }}
            />
            <Pager page={page} pageSize={pageSize} total={comments.data.total} onChange={setPage} />
          </>
        ))
      )}
      {rejecting && (
        <RejectDialog
          title={t('ui.ideas.moderation.comments.rejectTitle')}
          message={t('ui.ideas.moderation.comments.rejectMessage', { name: rejecting.authorName })}
          confirmLabel={t('ui.ideas.moderation.comments.rejectConfirm')}
          loading={moderate.isPending}
          error={moderate.error}
          onConfirm={(reason) => reject(rejecting, reason)}
          onClose={() => setRejecting(undefined)}
        />
      )}
    </Stack>
  );
}

/** `/moderasi-ide` (admin): ideas and comments wait here before they are public; published ideas are assigned to units. */
export default function IdeaModerationPage() {
  const { t } = useTranslation();
  const { values, set } = useUrlQuery(['tab'] as const);
  const tab = values.tab === 'komentar' ? 'komentar' : 'ide';
  return (
    <>
      <PageTitle>{t('ui.nav.ideaModeration')}</PageTitle>
      <Tabs value={tab} onChange={(next) => set({ tab: next === 'komentar' ? 'komentar' : '' })} keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="ide">{t('ui.ideas.moderation.tabs.ideas')}</Tabs.Tab>
          <Tabs.Tab value="komentar">{t('ui.ideas.moderation.tabs.comments')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="ide">
          <IdeasTab />
        </Tabs.Panel>
        <Tabs.Panel value="komentar">
          <CommentsTab />
        </Tabs.Panel>
      </Tabs>
    </>
  );
}
