import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useContests } from '../../features/contests/admin/api/use-contests.js';
import { ContestList } from '../../features/contests/admin/components/contest-list.js';
import { CreateContestDialog } from '../../features/contests/admin/components/create-contest-dialog.js';

/** The region's contests; the admin creates one from a template. */
export default function ContestsAdminPage() {
  const { t } = useTranslation();
  const contests = useContests();
  const [creating, setCreating] = useState(false);
  const data = contests.data;

  return (
    <>
      <Group justify="space-between" align="center" wrap="wrap">
        <PageTitle>{t('ui.contestAdmin.title')}</PageTitle>
        <Button mb="md" onClick={() => setCreating(true)}>
          {t('ui.contestAdmin.create')}
        </Button>
      </Group>
      <Text mb="md">{t('ui.contestAdmin.intro')}</Text>
      <ErrorAlert error={contests.error} />
      {contests.isPending ? <PageLoader /> : data && (data.items.length ? <ContestList items={data.items} /> : <Text c="dimmed">{t('ui.contestAdmin.empty')}</Text>)}
      {creating && <CreateContestDialog onClose={() => setCreating(false)} />}
    </>
  );
}
