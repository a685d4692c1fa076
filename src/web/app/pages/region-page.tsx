import { Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { LetterSettingsCard } from '../../features/letters/components/letter-settings-card.js';
import { useRegion } from '../../features/region/api/use-region.js';
import { LogoUpload } from '../../features/region/components/logo-upload.js';
import { RegionForm } from '../../features/region/components/region-form.js';

export default function RegionPage() {
  const { t } = useTranslation();
  const region = useRegion();
  return (
    <>
      <PageTitle>{t('ui.nav.region')}</PageTitle>
      <ErrorAlert error={region.error} />
      {region.isPending && <PageLoader />}
      {region.data && (
        <>
          <Paper withBorder p="md" mb="lg" maw={640}>
            <Title order={2} size="h4" mb="md">
              {t('ui.region.detailsTitle')}
            </Title>
            <RegionForm key={region.data.id} region={region.data} />
          </Paper>
          <Paper withBorder p="md" mb="lg" maw={640}>
            <Title order={2} size="h4" mb="md">
              {t('ui.region.logo')}
            </Title>
            <LogoUpload region={region.data} />
          </Paper>
          <Paper withBorder p="md" maw={640}>
            <Title order={2} size="h4" mb="md">
              {t('ui.letters.settings.title')}
            </Title>
            <LetterSettingsCard />
          </Paper>
        </>
      )}
    </>
  );
}
