import { Alert, Anchor, Badge, Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { InnovationDetail } from '../../../../domain/contracts/innovations.js';
import { PageTitle } from '../../../components/page-title.js';
import { formatScore } from '../format-numbers.js';
import { StageBadge } from './stage-badge.js';

type Props = { detail: InnovationDetail; canEdit: boolean; readOnlyRole: boolean; onCarryOver: () => void };

/** Name, unit, period and stage, the two figures people watch, and where the other versions are. */
export function InnovationHeader({ detail, canEdit, readOnlyRole, onCarryOver }: Props) {
  const { t, i18n } = useTranslation();
  const { innovation, assessment } = detail;
  const score = (value: number) => formatScore(value, i18n.language);

  return (
    <Stack gap="xs" mb="md">
      <PageTitle>{innovation.name}</PageTitle>
      <Text style={{ overflowWrap: 'anywhere' }}>
        {innovation.unitName} · {t('ui.innovations.periodName', { year: innovation.periodYear })}
      </Text>
      <Group gap="xs">
        <StageBadge stage={innovation.stage} />
        {innovation.status === 'diajukan_kembali' && (
          <Badge variant="light" color="gray">
            {t('ui.innovations.statuses.diajukan_kembali')}
          </Badge>
        )}
        <Text size="sm">{t('ui.innovations.completenessValue', { percent: assessment.completeness.percent })}</Text>
        <Text size="sm">
          {t('ui.innovations.assessment.claimed')}: {t('ui.innovations.assessment.ofMax', { value: score(assessment.claimed.maturity), max: score(assessment.maturityMax) })}
        </Text>
      </Group>
      {innovation.readOnly && (
        <Alert color="gray">
          {t('ui.innovations.readOnly')}{' '}
          {innovation.nextId && (
            <Anchor component={Link} to={`/registri/${innovation.nextId}`}>
              {t('ui.innovations.openNewer')}
            </Anchor>
          )}
        </Alert>
      )}
      {!innovation.readOnly && readOnlyRole && (
        <Text size="sm" c="dimmed">
          {t('ui.innovations.viewOnly')}
        </Text>
      )}
      {innovation.carryNote && (
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {t('ui.innovations.carryNote', { note: innovation.carryNote })}
        </Text>
      )}
      <Group gap="sm">
        {innovation.previousId && (
          <Anchor component={Link} to={`/registri/${innovation.previousId}`} size="sm">
            {t('ui.innovations.openPrevious')}
          </Anchor>
        )}
        {canEdit && (
          <Button variant="default" size="xs" onClick={onCarryOver}>
            {t('ui.innovations.carryOver.open')}
          </Button>
        )}
      </Group>
    </Stack>
  );
}
