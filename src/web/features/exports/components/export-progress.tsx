import { Alert, Button, Group, Loader, Progress, Stack, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.js';
import { exportFileUrl } from '../api/keys.js';
import { useExportJob } from '../api/use-export.js';
import { exportErrorText, exportFamily, formatBytes } from '../format-export.js';

type Props = {
  exportId: string;
  /** Starts the export again after a failure; without it no retry button shows. */
  onRetry?: () => void;
  retrying?: boolean;
};

/**
 * A background export followed to its end: a progress bar ("3 dari 12 surat") while the server
 * works, then a download button for the file, or the reason it failed with a retry.
 */
export function ExportProgress({ exportId, onRetry, retrying }: Props) {
  const { t, i18n } = useTranslation();
  const query = useExportJob(exportId);
  const job = query.data;

  if (!job) {
    return query.error ? (
      <ErrorAlert error={query.error} />
    ) : (
      <Group role="status" gap="xs">
        <Loader size="sm" />
        <VisuallyHidden>{t('ui.common.loading')}</VisuallyHidden>
      </Group>
    );
  }

  if (job.status === 'failed') {
    return (
      <Alert color="red" role="alert" title={t('ui.common.errorTitle')}>
        <Text size="sm">{exportErrorText(t, (key) => i18n.exists(key), job.error)}</Text>
        {onRetry && (
          <Button size="xs" mt="xs" variant="default" loading={retrying} onClick={onRetry}>
            {t('ui.common.retry')}
          </Button>
        )}
      </Alert>
    );
  }

  if (job.status === 'done') {
    const name = job.fileName ?? t(`ui.exports.kinds.${job.kind}`);
    return (
      <Stack gap="xs">
        <Text size="sm" role="status">
          {t('ui.exports.done', { name, size: formatBytes(job.size ?? 0, i18n.language) })}
        </Text>
        <Group>
          <Button component="a" href={exportFileUrl(job.id)} download={job.fileName ?? true}>
            {t('ui.exports.download')}
          </Button>
        </Group>
      </Stack>
    );
  }

  // Queued, or running before the job knows how much there is to do: a moving bar without a figure.
  const counted = job.status === 'running' && job.total > 0;
  const percent = counted ? Math.round((job.done / job.total) * 100) : null;
  const text = counted
    ? t(`ui.exports.progress.${exportFamily(job.kind)}`, { done: job.done, total: job.total })
    : job.status === 'queued'
      ? t('ui.exports.queued')
      : t('ui.exports.statuses.running');
  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs">
        <Text size="sm">{text}</Text>
        {/* A query that failed while polling is retried on the next tick; the bar keeps the last figures. */}
        {query.isRefetchError && <Loader size="xs" aria-hidden />}
      </Group>
      <Progress.Root size="lg">
        {/* Our own ARIA: Mantine's would announce a percentage, and 100% for a bar that is only waiting. */}
        <Progress.Section
          value={percent ?? 100}
          striped={percent === null}
          animated={percent === null}
          withAria={false}
          role="progressbar"
          aria-label={t('ui.exports.progressLabel')}
          aria-valuemin={0}
          aria-valuemax={100}
          aria-valuenow={percent ?? undefined}
          aria-valuetext={text}
        />
      </Progress.Root>
    </Stack>
  );
}
