import { Paper, ScrollArea, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageLoader } from '../../../components/page-loader.js';
import { usePrivacyNotice } from '../api/use-privacy-notice.js';

/** What is stored, why, and who sees it — read before the checkbox that accepts it. */
export function PrivacyNoticeBox({ id }: { id: string }) {
  const { t } = useTranslation();
  const notice = usePrivacyNotice();
  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={id}>
      <Title order={2} size="h5" id={id} mb="xs">
        {notice.data?.title ?? t('ui.citizen.register.privacyTitle')}
      </Title>
      <ErrorAlert error={notice.error} />
      {notice.isPending ? (
        <PageLoader />
      ) : (
        notice.data && (
          <ScrollArea.Autosize mah={220} type="auto" viewportProps={{ tabIndex: 0 }}>
            <Stack gap="xs">
              {notice.data.paragraphs.map((p, i) => (
                <Text key={i} size="sm">
                  {p}
                </Text>
              ))}
              <Text size="sm" c="dimmed">
                {t('ui.citizen.register.privacyController', { controller: notice.data.controller })}
              </Text>
            </Stack>
          </ScrollArea.Autosize>
        )
      )}
    </Paper>
  );
}
