import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegionIndicator } from '../../../../domain/contracts/region-aspect.js';
import { IndicatorFacts } from '../../innovations/components/indicator-card.js';
import { IndicatorEvidence } from '../../innovations/components/indicator-evidence.js';
import { IndicatorReviewControls } from '../../review/components/indicator-review-controls.js';
import { useNumbers } from '../../simulator/use-numbers.js';
import { regionEvidencePath, regionIndicatorPath } from '../api/keys.js';
import { useApplyRegionAspect } from '../api/use-region-aspect.js';
import { useReviewRegionIndicator } from '../api/use-review-region-indicator.js';
import { RegionAnswer } from './region-answer.js';

type Props = { periodId: string; indicator: RegionIndicator; mayAnswer: boolean; mayReview: boolean };

/** The card's id, so the summary's list of missing mandatory indicators can link to it. */
export const regionIndicatorAnchor = (code: string) => `indikator-${code}`;

/** One region indicator: the answer and what evidence each option needs, the evidence itself, and its review. */
export function RegionIndicatorCard({ periodId, indicator, mayAnswer, mayReview }: Props) {
  const { t } = useTranslation();
  const n = useNumbers();
  const apply = useApplyRegionAspect();
  const decide = useReviewRegionIndicator(periodId);
  const { code } = indicator;
  const anchor = regionIndicatorAnchor(code);
  const headingId = `${anchor}-title`;
  const answered = indicator.option > 0;
  const endpoints = {
    indicator: regionIndicatorPath(periodId, code),
    evidence: (evidenceId: string) => regionEvidencePath(periodId, evidenceId),
    apply,
  };

  // Only an answered indicator is reviewed; the reviewer is told why there is nothing to do yet.
  const review = answered ? (
    <IndicatorReviewControls
      code={code}
      state={indicator.review}
      returnNote={indicator.reviewNote}
      reviewer={indicator.reviewerName ? { name: indicator.reviewerName } : undefined}
      mayReview={mayReview}
      decide={decide}
      wording="ui.regionAspect.review"
    />
  ) : (
    mayReview && (
      <Text size="sm" c="dimmed">
        {t('ui.regionAspect.review.unanswered')}
      </Text>
    )
  );

  return (
    <Paper withBorder p="sm" component="section" id={anchor} aria-labelledby={headingId} style={{ scrollMarginTop: 80 }}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {code}. {indicator.name}
        </Title>
        <IndicatorFacts weight={n.score(indicator.weight)} mandatory={indicator.mandatory} description={indicator.description} />
        <RegionAnswer key={`${periodId}-${code}`} periodId={periodId} indicator={indicator} canEdit={mayAnswer} />
        {answered && (
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color={indicator.present ? 'blue' : 'red'} size="sm">
              {indicator.present ? t('ui.innovations.indicators.present') : t('ui.innovations.indicators.missing')}
            </Badge>
            <Text size="sm">{t('ui.regionAspect.score', { score: n.score(indicator.score) })}</Text>
          </Group>
        )}
        <IndicatorEvidence code={code} items={indicator.evidence} canEdit={mayAnswer} endpoints={endpoints} review={review} />
      </Stack>
    </Paper>
  );
}
