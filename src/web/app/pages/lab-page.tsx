import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useCohorts } from '../../features/lab/api/use-cohorts.js';
import { CohortFormDialog } from '../../features/lab/components/cohort-form-dialog.js';
import { CohortList } from '../../features/lab/components/cohort-list.js';

/** The innovation lab's cohorts with their current stage; the admin creates new ones. */
export default function LabPage() {
  const { t } = useTranslation();
  const cohorts = useCohorts();
  const [creating, setCreating] = useState(false);
  const data = cohorts.data;

  return (
    <>
      <Group justify="space-between" align="center" wrap="wrap">
        <PageTitle>{t('ui.lab.title')}</PageTitle>
        {data?.mayCreate && (
          <Button mb="md" onClick={() => setCreating(true)}>
            {t('ui.lab.create')}
          </Button>
        )}
      </Group>
      <Text mb="md">{t('ui.lab.intro')}</Text>
      <ErrorAlert error={cohorts.error} />
      {cohorts.isPending ? <PageLoader /> : data && (data.items.length ? <CohortList items={data.items} /> : <Text c="dimmed">{data.mayCreate ? t('ui.lab.empty') : t('ui.lab.emptyMine')}</Text>)}
      {creating && <CohortFormDialog cohort={null} onClose={() => setCreating(false)} />}
    </>
  );
}
