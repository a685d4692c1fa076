import { Anchor, Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useFormat } from '../../../lib/format.js';
import { notifySuccess } from '../../../lib/notify.js';
import { usePublication, useSetPublication } from '../api/use-publication.js';

/**
 * "Publikasi": the admin publishes the innovation on the public portal or withdraws it (after a
 * confirmation, since citizens may follow it). The public address is made at the first publication
 * and kept.
 */
export function PublicationPanel({ innovationId }: { innovationId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const headingId = useId();
  const publication = usePublication(innovationId);
  const change = useSetPublication(innovationId);
  const [confirming, setConfirming] = useState(false);
  const p = publication.data;

  const publish = () =>
    change.mutate(true, {
      onSuccess: () => notifySuccess(t('portal.catalogue.admin.donePublish')),
    });
  const withdraw = () =>
    change.mutate(false, {
      onSuccess: () => {
        setConfirming(false);
        notifySuccess(t('portal.catalogue.admin.doneUnpublish'));
      },
    });

  return (
    <Paper withBorder p="sm" mb="md" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Group gap="xs" wrap="wrap">
          <Title order={2} size="h4" id={headingId}>
            {t('portal.catalogue.admin.title')}
          </Title>
          {p?.published && (
            <Badge color="teal" variant="light">
              {t('portal.catalogue.admin.donePublishTitle')}
            </Badge>
          )}
        </Group>
        <ErrorAlert error={publication.error ?? (confirming ? null : change.error)} />
        {publication.isPending && (
          <Text size="sm" role="status">
            {t('ui.common.loading')}
          </Text>
        )}
        {p && (
          <>
            <Text size="sm">
              {p.published && p.publishedAt
                ? t('portal.catalogue.admin.published', { date: format.instant(p.publishedAt) })
                : p.slug
                  ? t('portal.catalogue.admin.withdrawn')
                  : t('portal.catalogue.admin.unpublished')}
            </Text>
            {p.published && p.publicUrl && (
              <Anchor href={p.publicUrl} target="_blank" rel="noopener" size="sm">
                {t('portal.catalogue.admin.openPublic')}
              </Anchor>
            )}
            {!p.published && !p.mayPublish && (
              <Text size="sm" c="dimmed">
                {t('portal.catalogue.admin.onlyActive')}
              </Text>
            )}
            <Group gap="xs">
              {!p.published && p.mayPublish && (
                <Button size="sm" loading={change.isPending} onClick={publish}>
                  {t('portal.catalogue.admin.publish')}
                </Button>
              )}
              {p.published && (
                <Button size="sm" variant="default" onClick={() => setConfirming(true)}>
                  {t('portal.catalogue.admin.unpublish')}
                </Button>
              )}
            </Group>
          </>
        )}
      </Stack>
      {confirming && (
        <ConfirmDialog
          title={t('portal.catalogue.admin.confirmTitle')}
          message={t('portal.catalogue.admin.confirmText')}
          confirmLabel={t('portal.catalogue.admin.confirm')}
          onConfirm={withdraw}
          onClose={() => {
            setConfirming(false);
            change.reset();
          }}
          loading={change.isPending}
          error={change.error}
          danger
        />
      )}
    </Paper>
  );
}
