import { Button } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageTitle } from '../../components/page-title.js';
import { PublicLayout } from '../layout/public-layout.js';

/** The server did not answer the first requests: say so and offer to try again. */
export function UnreachablePage({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useTranslation();
  return (
    <PublicLayout>
      <PageTitle>{t('ui.unreachable.title')}</PageTitle>
      <ErrorAlert error={error} />
      <Button mt="md" onClick={onRetry}>
        {t('ui.common.retry')}
      </Button>
    </PublicLayout>
  );
}
