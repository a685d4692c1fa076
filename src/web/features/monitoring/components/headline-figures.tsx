import { Badge, Card, List, Progress, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitoringReport } from '../../../../domain/contracts/monitoring.js';
import { predicates, type Predicate } from '../../../../domain/iid/engine.js';
import { useFormat } from '../../../lib/format.js';
import { affairName } from '../../simulator/components/iid-summary.js';
import { useNumbers } from '../../simulator/use-numbers.js';

/** One headline figure: a card whose title is a level-3 heading. */
export function Figure({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="md">
      <Stack gap={6}>
        <Title order={3} size="h4">
          {title}
        </Title>
        {children}
      </Stack>
    </Card>
  );
}

const dl = { margin: 0, display: 'grid', gridTemplateColumns: 'auto 1fr', gap: '4px 12px', alignItems: 'baseline' } as const;
const dd = { margin: 0 } as const;

/** The region at a glance: progress toward the target, units below quota, basic-service coverage, IID, deadline. */
export function HeadlineFigures({ report }: { report: MonitoringReport }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const format = useFormat();
  const { region, iid } = report;
  const predicate = (p: string) => (predicates.includes(p as Predicate) ? t(`ui.simulator.predicates.${p as Predicate}`) : p);
  const percent = region.progressPercent;

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      <Figure title={t('ui.monitoring.summary.progress.title')}>
        {region.target > 0 ? (
          <>
            <Text fz="xl" fw={700}>
              {t('ui.monitoring.summary.progress.value', { submitted: n.score(region.submitted), target: n.score(region.target) })}
            </Text>
            <Progress value={Math.min(100, Math.round(percent ?? 0))} aria-label={t('ui.monitoring.summary.progress.label')} size="lg" />
            <Text size="sm">{t('ui.monitoring.summary.progress.percent', { value: n.score(percent ?? 0) })}</Text>
          </>
        ) : (
          <Text fw={600}>{t('ui.monitoring.summary.progress.noTarget', { submitted: n.score(region.submitted) })}</Text>
        )}
        <Text size="sm" c="dimmed">
          {t('ui.monitoring.summary.progress.registered', { count: region.registered })}
        </Text>
      </Figure>

      <Figure title={t('ui.monitoring.summary.units.title')}>
        <Text fz="xl" fw={700}>
          {t('ui.monitoring.summary.units.value', { below: region.unitsBelow, withQuota: region.unitsWithQuota })}
        </Text>
        {region.unitsBelow > 0 ? (
          <Text size="sm">{t('ui.monitoring.summary.units.shortfall', { count: region.totalShortfall })}</Text>
        ) : (
          <Text size="sm">{t('ui.monitoring.summary.units.allMet')}</Text>
        )}
      </Figure>

      <Figure title={t('ui.monitoring.summary.affairs.title')}>
        <Text fz="xl" fw={700}>
          {t('ui.monitoring.summary.affairs.value', {
            covered: region.basicService.covered.length,
            total: region.basicService.affairs.length,
            required: region.basicService.required,
          })}
        </Text>
        <div>
          <Badge variant="light" color={region.basicService.met ? 'blue' : 'red'}>
            {region.basicService.met ? t('ui.monitoring.summary.affairs.met') : t('ui.monitoring.summary.affairs.notMet')}
          </Badge>
        </div>
        {region.basicService.missing.length > 0 ? (
          <>
            <Text size="sm">{t('ui.monitoring.summary.affairs.missing')}</Text>
            <List size="sm" spacing={2}>
              {region.basicService.missing.map((code) => (
                <List.Item key={code}>{affairName(code)}</List.Item>
              ))}
            </List>
          </>
        ) : (
          <Text size="sm">{t('ui.monitoring.summary.affairs.allCovered')}</Text>
        )}
      </Figure>

      <Figure title={t('ui.monitoring.summary.iid.title')}>
        <dl style={dl}>
          <dt>
            <Text fw={600} span>
              {t('ui.monitoring.summary.iid.claimed')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('ui.monitoring.summary.iid.claimedHint')}
            </Text>
          </dt>
          <dd style={dd}>
            <Text fz="xl" fw={700} span>
              {n.fixed(iid.claimed.iid)}
            </Text>{' '}
            <Text span>{predicate(iid.claimed.predicate)}</Text>
          </dd>
          <dt>
            <Text fw={600} span>
              {t('ui.monitoring.summary.iid.verified')}
            </Text>
            <Text size="xs" c="dimmed">
              {t('ui.monitoring.summary.iid.verifiedHint')}
            </Text>
          </dt>
          <dd style={dd}>
            <Text fz="xl" fw={700} span>
              {n.fixed(iid.verified.iid)}
            </Text>{' '}
            <Text span>{predicate(iid.verified.predicate)}</Text>
          </dd>
        </dl>
        <Text size="sm">{t('ui.monitoring.summary.iid.gap', { value: n.fixed(iid.claimed.iid - iid.verified.iid) })}</Text>
      </Figure>

      <Figure title={t('ui.monitoring.summary.deadline.title')}>
        <Text fz="lg" fw={700}>
          {region.deadline ? format.instant(region.deadline) : t('ui.monitoring.summary.deadline.none')}
        </Text>
        {region.deadline && region.deadlinePassed !== null && (
          <div>
            <Badge variant="light" color={region.deadlinePassed ? 'red' : 'blue'}>
              {region.deadlinePassed ? t('ui.monitoring.summary.deadline.passed') : t('ui.monitoring.summary.deadline.open')}
            </Badge>
          </div>
        )}
        <Text size="sm" c="dimmed">
          {t('ui.monitoring.summary.deadline.closesAt', { at: format.instant(report.period.closesAt) })}
        </Text>
      </Figure>
    </SimpleGrid>
  );
}
