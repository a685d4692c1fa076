import { Button, Group, Text } from '@mantine/core';
import { useContext } from 'react';
import { useTranslation } from 'react-i18next';
import { clockTime } from '../../../../domain/regions.js';
import { TimeZoneContext } from '../../../lib/format.js';
import type { SaveStatus as Status } from '../api/use-profile-autosave.js';

/** The autosave's state in words, announced politely; a pending conflict offers to reopen its dialog. */
export function SaveStatus({ status, onShowConflict }: { status: Status; onShowConflict?: () => void }) {
  const { t } = useTranslation();
  const zone = useContext(TimeZoneContext);
  const text = {
    idle: () => t('ui.innovations.save.idle'),
    saving: () => t('ui.innovations.save.saving'),
    saved: () => (status.kind === 'saved' ? t('ui.innovations.save.saved', { time: clockTime(status.at, zone) }) : ''),
    offline: () => t('ui.innovations.save.offline'),
    failed: () => (status.kind === 'failed' ? t('ui.innovations.save.failed', { message: status.message }) : ''),
    conflict: () => t('ui.innovations.save.conflict'),
  }[status.kind]();
  const warn = status.kind === 'failed' || status.kind === 'offline' || status.kind === 'conflict';

  return (
    <Group gap="xs">
      <Text role="status" size="sm" c={warn ? 'var(--mantine-color-error)' : 'dimmed'} fw={warn ? 600 : undefined} data-save-state={status.kind}>
        {text}
      </Text>
      {status.kind === 'conflict' && onShowConflict && (
        <Button size="compact-xs" variant="default" onClick={onShowConflict}>
          {t('ui.innovations.conflict.title')}
        </Button>
      )}
    </Group>
  );
}
