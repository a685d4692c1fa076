import { Anchor, Badge, Card, Group, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { LabPlanWatch } from '../../../../domain/contracts/lab.js';
import { useFormat } from '../../../lib/format.js';
import { PlanStatusBadge } from './plan-status-badge.js';

/** For the monitoring dashboard: per cohort past (or near) its action-plan deadline, the units without a plan. Compact on purpose. */
export function LabPlansWatch({ cohorts }: { cohorts: LabPlanWatch[] }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <Stack gap="sm">
      <Text size="sm">{t('ui.lab.monitoring.intro')}</Text>
      {cohorts.map((c) => (
        <Card key={c.cohortId} withBorder padding="sm">
          <Group justify="space-between" wrap="wrap" gap="xs" mb="xs">
            <Anchor component={Link} to={`/lab/${c.cohortId}`} fw={600} aria-label={t('ui.lab.monitoring.openCohort', { name: c.name })}>
              {c.name}
            </Anchor>
            <Badge color={c.deadlinePassed ? 'red' : 'yellow'} variant="light">
              {t(c.deadlinePassed ? 'ui.lab.monitoring.passed' : 'ui.lab.monitoring.upcoming', { date: format.instant(c.planDeadline) })}
            </Badge>
          </Group>
          <List size="sm" spacing={4} aria-label={t('ui.lab.monitoring.unitsLabel', { name: c.name })}>
            {c.units.map((u) => (
              <List.Item key={u.unitId}>
                <Group gap="xs" wrap="nowrap">
                  <span>{u.name}</span>
                  <PlanStatusBadge status={u.status} />
                </Group>
              </List.Item>
            ))}
          </List>
        </Card>
      ))}
    </Stack>
  );
}
