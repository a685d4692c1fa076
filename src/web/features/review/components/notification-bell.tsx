import { Badge, Button, Menu, ScrollArea, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Notification } from '../../../../domain/contracts/review.js';
import { isPortalPath } from '../../../../domain/navigation.js';
import { useFormat } from '../../../lib/format.js';
import { notifyError } from '../../../lib/notify.js';
import { useMarkNotificationsRead, useNotifications } from '../api/use-notifications.js';
import { relativeTime } from '../format-review.js';

function BellIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/** The header's bell: review notifications for this person, newest first, each opening what it is about. */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const list = useNotifications();
  const read = useMarkNotificationsRead();
  const unread = list.data?.unread ?? 0;
  const items = list.data?.items ?? [];
  const when = (iso: string) => relativeTime(iso, i18n.language, { justNow: t('ui.review.notifications.justNow'), older: format.instant });
  const markRead = (n: Notification) => {
    if (!n.readAt) read.mutate({ ids: [n.id] }, { onError: notifyError });
  };

  const body = (n: Notification): ReactNode => (
    <>
      {/* Spans: a menu item is a button or a link, which may hold phrasing content only. */}
      <Text span display="block" size="sm" fw={n.readAt ? 400 : 600} style={{ overflowWrap: 'anywhere' }}>
        {n.text}
      </Text>
      <Text span display="block" size="xs" c="dimmed">
        <time dateTime={n.createdAt} title={format.instant(n.createdAt)}>
          {when(n.createdAt)}
        </time>
        {!n.readAt && (
          <Badge component="span" size="xs" variant="light" color="blue" ml={6}>
            {t('ui.review.notifications.unread')}
          </Badge>
        )}
      </Text>
    </>
  );

  return (
    // Not in a portal, so the open menu stays inside the banner landmark (as the account menu does).
    <Menu position="bottom-end" withinPortal={false} withInitialFocusPlaceholder={false} width={340}>
      <Menu.Target>
        <Button variant="subtle" color="gray" px="xs" aria-label={t('ui.review.notifications.open', { count: unread })}>
          <BellIcon />
          {unread > 0 && (
            <Badge component="span" size="sm" variant="filled" color="red" ml={4}>
              {unread}
            </Badge>
          )}
        </Button>
      </Menu.Target>
      <Menu.Dropdown maw="calc(100vw - 16px)">
        <Menu.Label>{t('ui.review.notifications.title')}</Menu.Label>
        {items.length === 0 && (
          <Text size="sm" px="sm" py="xs">
            {t('ui.review.notifications.empty')}
          </Text>
        )}
        <ScrollArea.Autosize mah={360} type="auto" viewportProps={{ tabIndex: 0 }}>
          {items.map((n) =>
            n.link && isPortalPath(n.link) ? (
              // A public portal page is rendered by the server, not by this app's router.
              <Menu.Item key={n.id} component="a" href={n.link} onClick={() => markRead(n)}>
                {body(n)}
              </Menu.Item>
            ) : n.link ? (
              <Menu.Item key={n.id} component={Link} to={n.link} onClick={() => markRead(n)}>
                {body(n)}
              </Menu.Item>
            ) : (
              <Menu.Item key={n.id} onClick={() => markRead(n)}>
                {body(n)}
              </Menu.Item>
            ),
          )}
        </ScrollArea.Autosize>
        {items.length > 0 && (
          <>
            <Menu.Divider />
            <Menu.Item disabled={unread === 0} onClick={() => read.mutate({}, { onError: notifyError })}>
              {t('ui.review.notifications.markAllRead')}
            </Menu.Item>
          </>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
