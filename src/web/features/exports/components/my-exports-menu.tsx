import { Badge, Button, Menu, ScrollArea, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ExportJob } from '../../../../domain/contracts/letters.js';
import { useFormat } from '../../../lib/format.js';
import { exportFileUrl } from '../api/keys.js';
import { useExports } from '../api/use-exports.js';
import { exportErrorText, exportFamily, formatBytes } from '../format-export.js';

function TrayIcon() {
  return (
    <svg width="20" height="20" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      <path d="M12 3v12" />
      <path d="m7 10 5 5 5-5" />
      <path d="M4 17v2a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-2" />
    </svg>
  );
}

const statusColor: Record<ExportJob['status'], string> = { queued: 'gray', running: 'blue', done: 'teal', failed: 'red' };

/**
 * The list of the files this person asked for (letters, reports), newest first; finished ones
 * download. An icon in the header; on a phone, a labelled button in the navigation, where the
 * header has no room left.
 */
export function MyExportsMenu({ labelled = false }: { labelled?: boolean }) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const [opened, setOpened] = useState(false);
  // Fetched only while open: most visits never look at it.
  const list = useExports(opened);
  const items = list.data?.items ?? [];

  const body = (job: ExportJob): ReactNode => {
    const detail =
      job.status === 'done'
        ? `${job.fileName ?? ''}${job.size !== null ? ` · ${formatBytes(job.size, i18n.language)}` : ''}`
        : job.status === 'failed'
          ? exportErrorText(t, (key) => i18n.exists(key), job.error)
          : job.status === 'running' && job.total > 0
            ? t(`ui.exports.progress.${exportFamily(job.kind)}`, { done: job.done, total: job.total })
            : null;
    return (
      <>
        {/* Spans: a menu item is a button or a link, which may hold phrasing content only. */}
        <Text span display="block" size="sm" fw={600}>
          {t(`ui.exports.kinds.${job.kind}`)}
          <Badge component="span" size="xs" variant="light" color={statusColor[job.status]} ml={6}>
            {t(`ui.exports.statuses.${job.status}`)}
          </Badge>
        </Text>
        {detail && (
          <Text span display="block" size="xs" style={{ overflowWrap: 'anywhere' }}>
            {detail}
          </Text>
        )}
        <Text span display="block" size="xs" c="dimmed">
          {t('ui.exports.requested', { at: format.instant(job.createdAt) })}
        </Text>
      </>
    );
  };

  return (
    // Not in a portal, so the open menu stays inside its landmark (as the bell does).
    <Menu position={labelled ? 'bottom-start' : 'bottom-end'} withinPortal={false} withInitialFocusPlaceholder={false} width={340} opened={opened} onChange={setOpened}>
      <Menu.Target>
        {labelled ? (
          <Button variant="default" leftSection={<TrayIcon />}>
            {t('ui.exports.open')}
          </Button>
        ) : (
          <Button variant="subtle" color="gray" px="xs" aria-label={t('ui.exports.open')} title={t('ui.exports.open')}>
            <TrayIcon />
          </Button>
        )}
      </Menu.Target>
      <Menu.Dropdown maw="calc(100vw - 16px)">
        <Menu.Label>{t('ui.exports.title')}</Menu.Label>
        {list.isPending && (
          <Text size="sm" px="sm" py="xs">
            {t('ui.common.loading')}
          </Text>
        )}
        {list.error && (
          <Text size="sm" px="sm" py="xs" c="red">
            {list.error.message}
          </Text>
        )}
        {list.data && items.length === 0 && (
          <Text size="sm" px="sm" py="xs">
            {t('ui.exports.empty')}
          </Text>
        )}
        <ScrollArea.Autosize mah={360} type="auto" viewportProps={{ tabIndex: 0 }}>
          {items.map((job) =>
            job.status === 'done' ? (
              <Menu.Item
                key={job.id}
                component="a"
                href={exportFileUrl(job.id)}
                download={job.fileName ?? true}
              >
                {body(job)}
              </Menu.Item>
            ) : (
              // Not a link yet: shown for its status, like a disabled entry.
              <Menu.Item key={job.id} disabled>
                {body(job)}
              </Menu.Item>
            ),
          )}
        </ScrollArea.Autosize>
      </Menu.Dropdown>
    </Menu>
  );
}
