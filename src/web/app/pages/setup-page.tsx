import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { useUploadLogo } from '../../features/region/api/use-upload-logo.js';
import { SetupForm } from '../../features/setup/components/setup-form.js';

export default function SetupPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const upload = useUploadLogo();
  return (
    <>
      <PageTitle>{t('ui.setup.title')}</PageTitle>
      <Text mb="lg">{t('ui.setup.intro')}</Text>
      <SetupForm uploadLogo={(file) => upload.mutateAsync(file)} onDone={() => void navigate('/dasbor', { replace: true })} />
    </>
  );
}
