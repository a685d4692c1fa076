import { Alert, Button, Group, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { UploadState } from '../api/use-upload.js';

type Props = UploadState & { onCancel: () => void; onRetry: () => void };

/** An upload's progress bar with a cancel button; after a failure, the server's message and a retry. */
export function UploadProgress({ progress, pending, error, canRetry, onCancel, onRetry }: Props) {
  const { t } = useTranslation();
  if (!pending && !error) return null;
  return (
    <Stack gap={6}>
      {pending && (
        <>
          <Group justify="space-between" gap="xs">
            <Text size="sm" aria-hidden>
              {t('ui.innovations.upload.progress')}
            </Text>
            <Text size="sm" aria-hidden>
              {t('ui.innovations.upload.percent', { percent: progress })}
            </Text>
          </Group>
          <Progress value={progress} aria-label={t('ui.innovations.upload.progress')} />
          <Group>
            <Button size="xs" variant="default" onClick={onCancel}>
              {t('ui.innovations.upload.cancel')}
            </Button>
          </Group>
        </>
      )}
      {error && (
        <Alert color="red" role="alert" title={t('ui.common.errorTitle')}>
          <Text size="sm">{error.message}</Text>
          {canRetry && (
            <Button size="xs" mt="xs" variant="default" onClick={onRetry}>
              {t('ui.innovations.upload.retry')}
            </Button>
          )}
        </Alert>
      )}
    </Stack>
  );
}
