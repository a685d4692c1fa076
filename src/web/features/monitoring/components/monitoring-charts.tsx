import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MonitoringReport } from '../../../../domain/contracts/monitoring.js';
import { stages } from '../../../../domain/iid/engine.js';
import { reviewStates } from '../../../../domain/review/workflow.js';
import { useNumbers } from '../../simulator/use-numbers.js';
import { BarChart, type ChartSeries } from './bar-chart.js';

/** The region's innovations by review state and by stage, and how the periods compare. */
export function MonitoringCharts({ report }: { report: MonitoringReport }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const count: ChartSeries = { key: 'count', label: t('ui.monitoring.charts.count'), color: 'var(--mantine-color-blue-6)', format: n.score };
  // Both projections share one scale, so their bars compare.
  const iidMax = Math.max(0, ...report.trend.flatMap((y) => [y.claimedIid, y.verifiedIid]));
  const trendSeries: ChartSeries[] = [
    { key: 'submitted', label: t('ui.monitoring.charts.submitted'), color: 'var(--mantine-color-blue-6)', format: n.score },
    { key: 'claimedIid', label: t('ui.monitoring.charts.claimedIid'), color: 'var(--mantine-color-violet-6)', format: n.fixed, max: iidMax },
    { key: 'verifiedIid', label: t('ui.monitoring.charts.verifiedIid'), color: 'var(--mantine-color-teal-8)', format: n.fixed, max: iidMax },
  ];

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <BarChart
        title={t('ui.monitoring.charts.byReviewState')}
        categoryLabel={t('ui.monitoring.table.columns.reviewStates')}
        series={[count]}
        rows={reviewStates.map((s) => ({ key: s, label: t(`ui.review.states.${s}`), values: { count: report.region.byReviewState[s] } }))}
      />
      <BarChart
        title={t('ui.monitoring.charts.byStage')}
        categoryLabel={t('ui.monitoring.table.columns.stages')}
        series={[count]}
        rows={stages.map((s) => ({ key: s, label: t(`ui.innovations.stages.${s}`), values: { count: report.region.byStage[s] } }))}
      />
      <BarChart
        title={t('ui.monitoring.charts.trend')}
        hint={t('ui.monitoring.charts.trendHint')}
        categoryLabel={t('ui.monitoring.charts.year')}
        series={trendSeries}
        rows={report.trend.map((y) => ({
          key: String(y.year),
          label: String(y.year),
          values: { submitted: y.submitted, claimedIid: y.claimedIid, verifiedIid: y.verifiedIid },
        }))}
      />
    </SimpleGrid>
  );
}
