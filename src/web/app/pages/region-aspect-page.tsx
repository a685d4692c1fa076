import { Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegionIndicator } from '../../../domain/contracts/region-aspect.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { MonitoringPeriodSelect } from '../../features/monitoring/components/monitoring-period-select.js';
import { usePeriods } from '../../features/periods/api/use-periods.js';
import { useRegionAspect } from '../../features/region-aspect/api/use-region-aspect.js';
import { RegionAspectSummary } from '../../features/region-aspect/components/region-aspect-summary.js';
import { RegionIndicatorCard } from '../../features/region-aspect/components/region-indicator-card.js';
import { useUrlQuery } from '../../lib/use-url-query.js';

/** Indicators in catalogue order, gathered under their variable (Institusi, SDM, …) in order of first appearance. */
function byVariable(indicators: RegionIndicator[]) {
  const groups = new Map<string, RegionIndicator[]>();
  for (const i of indicators) groups.set(i.variable, [...(groups.get(i.variable) ?? []), i]);
  return [...groups];
}

/**
 * The region aspect (SPD) of one period (the current one unless chosen): the admin answers each
 * indicator with evidence, mentors and the assessment team review it, leadership reads along.
 */
export default function RegionAspectPage() {
  const { t } = useTranslation();
  const { values, set } = useUrlQuery(['period'] as const);
  const periods = usePeriods();
  const items = periods.data?.items ?? [];
  const chosen = items.find((p) => p.id === values.period) ?? items.find((p) => p.isCurrent) ?? [...items].sort((a, b) => b.year - a.year)[0];
  const aspect = useRegionAspect(chosen?.id);
  const data = aspect.data;

  return (
    <>
      <PageTitle>{t('ui.nav.regionAspect')}</PageTitle>
      <Text mb="md">{t('ui.regionAspect.intro')}</Text>
      <ErrorAlert error={periods.error} />
      {periods.isPending ? (
        <PageLoader />
      ) : !chosen ? (
        periods.data && <Text>{t('ui.regionAspect.noPeriod')}</Text>
      ) : (
        <>
          <Group align="flex-end" mb="lg" wrap="wrap">
            <MonitoringPeriodSelect value={chosen.id} onChange={(period) => set({ period })} />
          </Group>
          <ErrorAlert error={aspect.error} />
          {aspect.isPending ? (
            <PageLoader />
          ) : (
            data && (
              <Stack gap="xl" aria-busy={aspect.isFetching}>
                <Stack gap="sm" component="section" aria-labelledby="region-aspect-summary">
                  <Title order={2} size="h3" id="region-aspect-summary">
                    {t('ui.regionAspect.summary.title')}
                  </Title>
                  <RegionAspectSummary aspect={data} />
                  {!data.mayAnswer && (
                    <Text size="sm" c="dimmed">
                      {t('ui.regionAspect.readOnly')}
                    </Text>
                  )}
                </Stack>
                {byVariable(data.indicators).map(([variable, indicators]) => (
                  <Stack key={variable} gap="sm" component="section" aria-labelledby={`region-variable-${variable}`}>
                    <Title order={2} size="h3" id={`region-variable-${variable}`}>
                      {chosen.variables[variable] ? t('ui.regionAspect.variable', { name: chosen.variables[variable], code: variable }) : variable}
                    </Title>
                    {indicators.map((indicator) => (
                      <RegionIndicatorCard key={indicator.code} periodId={data.periodId} indicator={indicator} mayAnswer={data.mayAnswer} mayReview={data.mayReview} />
                    ))}
                  </Stack>
                ))}
              </Stack>
            )
          )}
        </>
      )}
    </>
  );
}
