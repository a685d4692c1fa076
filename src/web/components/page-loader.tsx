import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function PageLoader() {
  const { t } = useTranslation();
  return (
    <Center role="status" py="xl">
      <Loader />
      <VisuallyHidden>{t('ui.common.loading')}</VisuallyHidden>
    </Center>
  );
}
