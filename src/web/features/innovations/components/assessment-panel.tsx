import { Badge, List, Paper, Progress, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '../../../../domain/contracts/innovations.js';
import type { PeriodParameters } from '../../../../domain/contracts/periods.js';
import { formatScore } from '../format-numbers.js';

type Props = { assessment: Assessment; parameters?: PeriodParameters };

/** Live maturity (claimed and verified), eligibility with its reasons in words, and what is still missing. */
export function AssessmentPanel({ assessment, parameters }: Props) {
  const { t, i18n } = useTranslation();
  const headingId = useId();
  const claimedId = useId();
  const score = (value: number) => t('ui.innovations.assessment.ofMax', { value: formatScore(value, i18n.language), max: formatScore(assessment.maturityMax, i18n.language) });
  const { claimed, verified, completeness } = assessment;
  const reason = (r: (typeof claimed.reasons)[number]) => {
    switch (r.code) {
      case 'stage':
      case 'window':
        return t(`ui.innovations.assessment.reasons.${r.code}`);
      case 'designLength':
        return t('ui.innovations.assessment.reasons.designLength', { min: parameters?.minDesignWords ?? 300 });
      case 'igaEntries':
        return t('ui.innovations.assessment.reasons.igaEntries', { max: parameters?.maxIgaEntries ?? 2 });
      case 'mandatoryMissing':
        return t('ui.innovations.assessment.reasons.mandatoryMissing', { indicators: (r.indicators ?? []).join(', ') });
      default:
        return t('ui.innovations.assessment.reasons.unknown', { code: r.code });
    }
  };
  const fieldNames = completeness.missingFields.map((f) => t(`ui.innovations.fields.${f}`)).join(', ');

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={headingId}>
          {t('ui.innovations.assessment.title')}
        </Title>
        <div>
          <Text size="sm" id={claimedId}>
            {t('ui.innovations.assessment.claimed')}
          </Text>
          <Text role="status" aria-labelledby={claimedId} size="xl" fw={700} data-maturity-claimed={claimed.maturity}>
            {score(claimed.maturity)}
          </Text>
          <Text size="sm">
            {t('ui.innovations.assessment.verified')}: {score(verified.maturity)}
          </Text>
        </div>
        <div>
          <Badge variant="light" color={claimed.eligible ? 'blue' : 'red'}>
            {claimed.eligible ? t('ui.innovations.assessment.eligible') : t('ui.innovations.assessment.notEligible')}
          </Badge>
          {claimed.reasons.length > 0 && (
            <List size="sm" mt={6} spacing={4}>
              {claimed.reasons.map((r) => (
                <List.Item key={r.code}>{reason(r)}</List.Item>
              ))}
            </List>
          )}
          <Text size="sm" mt={6}>
            {t('ui.innovations.assessment.verifiedEligibility', {
              result: verified.eligible ? t('ui.innovations.assessment.eligible') : t('ui.innovations.assessment.notEligible'),
            })}
          </Text>
        </div>
        <div>
          <Text size="sm" fw={600}>
            {t('ui.innovations.completenessValue', { percent: completeness.percent })}
          </Text>
          <Progress value={completeness.percent} mt={4} aria-label={t('ui.innovations.assessment.completeness')} />
          <Stack gap={4} mt={6}>
            {completeness.complete && <Text size="sm">{t('ui.innovations.assessment.complete')}</Text>}
            {completeness.missingFields.length > 0 && <Text size="sm">{t('ui.innovations.assessment.missingFields', { fields: fieldNames })}</Text>}
            {completeness.missingIndicators.length > 0 && (
              <Text size="sm">{t('ui.innovations.assessment.missingIndicators', { indicators: completeness.missingIndicators.join(', ') })}</Text>
            )}
          </Stack>
        </div>
      </Stack>
    </Paper>
  );
}
