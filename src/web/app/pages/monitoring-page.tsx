import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { QuotaLettersSection } from '../../features/letters/components/quota-letters-section.js';
import { LabPlansWatch } from '../../features/lab/components/lab-plans-watch.js';
import { monitoringExportUrl } from '../../features/monitoring/api/keys.js';
import { useDuties } from '../../features/monitoring/api/use-duties.js';
import { useMonitoring } from '../../features/monitoring/api/use-monitoring.js';
import { DutiesForm } from '../../features/monitoring/components/duties-form.js';
import { HeadlineFigures } from '../../features/monitoring/components/headline-figures.js';
import { MonitoringCharts } from '../../features/monitoring/components/monitoring-charts.js';
import { MonitoringPeriodSelect } from '../../features/monitoring/components/monitoring-period-select.js';
import { UnitStandingsTable, unitSorts } from '../../features/monitoring/components/unit-standings-table.js';
import { ReportsSection } from '../../features/reports/components/reports-section.js';
import { useUrlQuery } from '../../lib/use-url-query.js';
import { useSignedIn } from '../use-signed-in.js';

/**
 * How the units stand against their innovation duties in one period (the current one unless
 * chosen), with the region's IID and its trend. Leadership read it; admins also set the duties.
 */
export default function MonitoringPage() {
  const { t } = useTranslation();
  const { roles } = useSignedIn();
  const admin = roles.includes('admin');
  // The region-wide reports are for the regional body and leadership.
  const mayReport = admin || roles.includes('pimpinan');
  const { values, set } = useUrlQuery(['period', 'sort', 'below'] as const);
  const report = useMonitoring(values.period || undefined);
  const data = report.data;
  const periodId = data?.period.id ?? '';
  const duties = useDuties(periodId, admin && Boolean(data));
  const sort = unitSorts.find((s) => s === values.sort) ?? 'shortfall';
  const onlyBelow = values.below === '1';

  return (
    <>
      <PageTitle>{t('ui.nav.monitoring')}</PageTitle>
      <Text mb="md">{t('ui.monitoring.intro')}</Text>
      <Group align="flex-end" mb="lg" wrap="wrap">
        <MonitoringPeriodSelect value={values.period || periodId || null} onChange={(period) => set({ period })} />
        {data && (
          <Button component="a" href={monitoringExportUrl(data.period.id)} download variant="default" title={t('ui.monitoring.downloadHint', { year: data.period.year })}>
            {t('ui.monitoring.download')}
          </Button>
        )}
      </Group>
      <ErrorAlert error={report.error} />
      {report.isPending ? (
        <PageLoader />
      ) : (
        data && (
          <Stack gap="xl" aria-busy={report.isFetching}>
            <Stack gap="sm" component="section" aria-labelledby="monitoring-summary">
              <Title order={2} size="h3" id="monitoring-summary">
                {t('ui.monitoring.summary.title')}
              </Title>
              <HeadlineFigures report={data} />
            </Stack>
            <Stack gap="sm" component="section" aria-labelledby="monitoring-units">
              <Title order={2} size="h3" id="monitoring-units">
                {t('ui.monitoring.table.title')}
              </Title>
              <UnitStandingsTable
                units={data.units}
                sort={sort}
                onlyBelow={onlyBelow}
                onChange={(changes) =>
                  set({
                    ...(changes.sort && { sort: changes.sort === 'shortfall' ? '' : changes.sort }),
                    ...(changes.onlyBelow !== undefined && { below: changes.onlyBelow ? '1' : '' }),
                  })
                }
              />
            </Stack>
            {data.labPlans.length > 0 && (
              <Stack gap="sm" component="section" aria-labelledby="monitoring-lab">
                <Title order={2} size="h3" id="monitoring-lab">
                  {t('ui.lab.monitoring.title')}
                </Title>
                <LabPlansWatch cohorts={data.labPlans} />
              </Stack>
            )}
            {mayReport && (
              <Stack gap="sm" component="section" aria-labelledby="monitoring-reports">
                <Title order={2} size="h3" id="monitoring-reports">
                  {t('ui.reports.title')}
                </Title>
                <ReportsSection key={periodId} periodId={periodId} year={data.period.year} />
              </Stack>
            )}
            {admin && (
              <Stack gap="sm" component="section" aria-labelledby="monitoring-letters">
                <Title order={2} size="h3" id="monitoring-letters">
                  {t('ui.letters.quota.title')}
                </Title>
                <QuotaLettersSection report={data} />
              </Stack>
            )}
            <Stack gap="sm" component="section" aria-labelledby="monitoring-charts">
              <Title order={2} size="h3" id="monitoring-charts">
                {t('ui.monitoring.charts.title')}
              </Title>
              <MonitoringCharts report={data} />
            </Stack>
            {admin && (
              <Stack gap="sm" component="section" aria-labelledby="monitoring-duties">
                <Title order={2} size="h3" id="monitoring-duties">
                  {t('ui.monitoring.duties.title')}
                </Title>
                <ErrorAlert error={duties.error} />
                {duties.isPending ? (
                  <PageLoader />
                ) : (
                  duties.data && <DutiesForm key={periodId} periodId={periodId} year={data.period.year} closesAt={data.period.closesAt} duties={duties.data} />
                )}
              </Stack>
            )}
          </Stack>
        )
      )}
    </>
  );
}
