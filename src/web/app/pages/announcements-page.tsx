import { Button, Group, SegmentedControl, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Announcement } from '../../../domain/contracts/announcements.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { Pager } from '../../components/pager.js';
import { useAnnouncements } from '../../features/announcements/api/use-announcements.js';
import { usePublishAnnouncement } from '../../features/announcements/api/use-publish-announcement.js';
import { AnnouncementDeleteDialog } from '../../features/announcements/components/announcement-delete-dialog.js';
import { AnnouncementFormModal } from '../../features/announcements/components/announcement-form-modal.js';
import { AnnouncementsTable } from '../../features/announcements/components/announcements-table.js';
import { notifySuccess } from '../../lib/notify.js';
import { useUrlQuery } from '../../lib/use-url-query.js';

const pageSize = 25;
const statuses = ['all', 'draft', 'published'] as const;

/** The admin's announcements: write, publish or withdraw, delete drafts. The status filter and page are kept in the URL. */
export default function AnnouncementsPage() {
  const { t } = useTranslation();
  const { values, page, set } = useUrlQuery(['status'] as const);
  const status = statuses.find((s) => s === values.status) ?? 'all';
  const list = useAnnouncements({ status, page, pageSize });
  const publish = usePublishAnnouncement();
  // undefined: closed; null: writing a new one.
  const [editing, setEditing] = useState<Announcement | null>();
  const [removing, setRemoving] = useState<Announcement>();

  const togglePublished = (a: Announcement) =>
    publish.mutate(
      { id: a.id, published: !a.publishedAt },
      { onSuccess: (saved) => notifySuccess(saved.publishedAt ? t('ui.announcements.publishedDone') : t('ui.announcements.unpublishedDone')) },
    );

  return (
    <>
      <PageTitle>{t('ui.announcements.title')}</PageTitle>
      <Text mb="md">{t('ui.announcements.intro')}</Text>
      <Group mb="md" justify="space-between">
        <Button onClick={() => setEditing(null)}>{t('ui.announcements.create')}</Button>
        <SegmentedControl
          aria-label={t('ui.announcements.fields.status')}
          data={statuses.map((s) => ({ value: s, label: t(`ui.announcements.statusFilter.${s}`) }))}
          value={status}
          onChange={(next) => set({ status: next === 'all' ? '' : next })}
        />
      </Group>
      <ErrorAlert error={list.error ?? publish.error} />
      {list.isPending ? (
        <PageLoader />
      ) : (
        list.data && (
          <>
            <AnnouncementsTable items={list.data.items} actions={{ edit: setEditing, togglePublished, remove: setRemoving }} />
            <Text size="sm" c="dimmed" mt="xs">
              {t('ui.announcements.deleteHint')}
            </Text>
            <Pager page={page} pageSize={pageSize} total={list.data.total} onChange={(p) => set({ page: p })} />
          </>
        )
      )}
      {editing !== undefined && <AnnouncementFormModal announcement={editing} onClose={() => setEditing(undefined)} />}
      {removing && <AnnouncementDeleteDialog announcement={removing} onClose={() => setRemoving(undefined)} />}
    </>
  );
}
