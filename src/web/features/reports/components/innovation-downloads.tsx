import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { innovationDossierUrl, innovationEvidenceZipUrl } from '../api/keys.js';

/** The innovation's dossier (PDF) and all its evidence (ZIP), made by the server when the link is followed. */
export function InnovationDownloads({ innovationId }: { innovationId: string }) {
  const { t } = useTranslation();
  return (
    <Group gap="sm" mb="md" role="group" aria-label={t('ui.reports.innovation.label')}>
      <Button component="a" href={innovationDossierUrl(innovationId)} download variant="default" size="xs">
        {t('ui.reports.innovation.dossier')}
      </Button>
      <Button component="a" href={innovationEvidenceZipUrl(innovationId)} download variant="default" size="xs">
        {t('ui.reports.innovation.evidence')}
      </Button>
    </Group>
  );
}
