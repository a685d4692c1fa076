import { Anchor, Badge, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Announcement } from '../../../../domain/contracts/announcements.js';
import { RowActions } from '../../../components/row-actions.js';
import { TableScroll } from '../../../components/table-scroll.js';
import { useFormat } from '../../../lib/format.js';

type Props = {
  items: Announcement[];
  actions: { edit: (a: Announcement) => void; togglePublished: (a: Announcement) => void; remove: (a: Announcement) => void };
};

/** The region's announcements with their status; a published one links to its public page. */
export function AnnouncementsTable({ items, actions }: Props) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <TableScroll label={t('ui.announcements.tableLabel')}>
      <Table striped highlightOnHover miw={720}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('ui.announcements.fields.title')}</Table.Th>
            <Table.Th>{t('ui.announcements.fields.kind')}</Table.Th>
            <Table.Th>{t('ui.announcements.fields.status')}</Table.Th>
            <Table.Th>{t('ui.announcements.fields.updatedAt')}</Table.Th>
            <Table.Th>{t('ui.common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={5}>{t('ui.announcements.empty')}</Table.Td>
            </Table.Tr>
          )}
          {items.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>
                {a.publishedAt ? (
                  // A plain link: the public page is served by the server, not by this app's router.
                  <Anchor href={`/pengumuman/${a.slug}`}>{a.title}</Anchor>
                ) : (
                  a.title
                )}
                {a.kind === 'sosialisasi' && a.eventStartsAt && (
                  <Text size="sm" c="dimmed">
                    {format.instant(a.eventStartsAt)}
                    {a.eventPlace ? ` · ${a.eventPlace}` : ''}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{t(`ui.announcements.kinds.${a.kind}`)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={a.publishedAt ? 'blue' : 'gray'}>
                  {a.publishedAt ? t('ui.announcements.status.published') : t('ui.announcements.status.draft')}
                </Badge>
                {a.publishedAt && (
                  <Text size="sm" c="dimmed">
                    {t('ui.announcements.publishedAt', { at: format.instant(a.publishedAt) })}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{format.instant(a.updatedAt)}</Table.Td>
              <Table.Td>
                <RowActions
                  name={a.title}
                  actions={[
                    { label: t('ui.common.edit'), onClick: () => actions.edit(a) },
                    { label: a.publishedAt ? t('ui.announcements.unpublish') : t('ui.announcements.publish'), onClick: () => actions.togglePublished(a) },
                    { label: t('ui.common.delete'), onClick: () => actions.remove(a), hidden: Boolean(a.publishedAt) },
                  ]}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
