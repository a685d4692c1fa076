import { Anchor, Badge, Button, Group, Tabs, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { Indicator } from '../../../domain/contracts/periods.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { usePeriod } from '../../features/periods/api/use-period.js';
import { ClonePeriodModal } from '../../features/periods/components/clone-period-modal.js';
import { IndicatorFormModal } from '../../features/periods/components/indicator-form-modal.js';
import { IndicatorsTable } from '../../features/periods/components/indicators-table.js';
import { MakeCurrentDialog } from '../../features/periods/components/make-current-dialog.js';
import { PeriodParametersForm } from '../../features/periods/components/period-parameters-form.js';

/** One period: its parameters and its indicator catalogue (admin only). */
export default function PeriodPage() {
  const { t } = useTranslation();
  const { id } = useParams();
  const period = usePeriod(id);
  const [editing, setEditing] = useState<Indicator>();
  const [makingCurrent, setMakingCurrent] = useState(false);
  const [cloning, setCloning] = useState(false);
  const data = period.data;

  return (
    <>
      <Anchor component={Link} to="/periode" size="sm">
        ← {t('ui.periods.back')}
      </Anchor>
      {period.isPending ? (
        <PageLoader />
      ) : !data ? (
        <>
          <PageTitle>{t('ui.nav.periods')}</PageTitle>
          <ErrorAlert error={period.error} />
        </>
      ) : (
        <>
          <Group justify="space-between" align="center" mt="xs">
            <Group gap="sm" align="center">
              <PageTitle>{t('ui.periods.name', { year: data.year })}</PageTitle>
              {data.isCurrent && (
                <Badge variant="light" color="blue" mb="md">
                  {t('ui.periods.current')}
                </Badge>
              )}
            </Group>
            <Group mb="md">
              {!data.isCurrent && <Button onClick={() => setMakingCurrent(true)}>{t('ui.periods.makeCurrent')}</Button>}
              <Button variant="default" onClick={() => setCloning(true)}>
                {t('ui.periods.clone')}
              </Button>
            </Group>
          </Group>
          <Title order={2} size="h3" mb="sm">
            {t('ui.periods.parametersTitle')}
          </Title>
          <PeriodParametersForm key={data.id} period={data} />
          <Title order={2} size="h3" mt="xl" mb="sm">
            {t('ui.periods.indicatorsTitle')}
          </Title>
          <Tabs defaultValue="innovation" keepMounted={false}>
            <Tabs.List mb="sm">
              <Tabs.Tab value="region">{t('ui.periods.regionTab')}</Tabs.Tab>
              <Tabs.Tab value="innovation">{t('ui.periods.innovationTab')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="region">
              <IndicatorsTable label={t('ui.periods.regionTableLabel')} indicators={data.indicators.filter((i) => i.aspect === 'region')} onEdit={setEditing} />
            </Tabs.Panel>
            <Tabs.Panel value="innovation">
              <IndicatorsTable
                label={t('ui.periods.innovationTableLabel')}
                indicators={data.indicators.filter((i) => i.aspect === 'innovation')}
                onEdit={setEditing}
              />
            </Tabs.Panel>
          </Tabs>
          {editing && <IndicatorFormModal periodId={data.id} indicator={editing} onClose={() => setEditing(undefined)} />}
          {makingCurrent && <MakeCurrentDialog period={data} onClose={() => setMakingCurrent(false)} />}
          {cloning && <ClonePeriodModal period={data} suggestedYear={Math.min(2100, data.year + 1)} onClose={() => setCloning(false)} />}
        </>
      )}
    </>
  );
}
