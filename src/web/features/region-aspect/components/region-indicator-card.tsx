import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionIndicator } from '../../../../domain/contracts/region-aspect.js';
import { useNumbers } from '../../simulator/use-numbers.js';
import { RegionAnswer } from './region-answer.js';
import { RegionEvidenceAddForm } from './region-evidence-add-form.js';
import { RegionEvidenceList } from './region-evidence-list.js';
import { RegionReviewControls } from './region-review-controls.js';

type Props = { periodId: string; indicator: RegionIndicator; mayAnswer: boolean; mayReview: boolean };

/** The card's id, so the summary's list of missing mandatory indicators can link to it. */
export const regionIndicatorAnchor = (code: string) => `indikator-${code}`;

/** One region indicator: the answer and what evidence each option needs, the evidence itself, and its review. */
export function RegionIndicatorCard({ periodId, indicator, mayAnswer, mayReview }: Props) {
  const { t } = useTranslation();
  const n = useNumbers();
  const anchor = regionIndicatorAnchor(indicator.code);
  const headingId = `${anchor}-title`;
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
  const { code } = indicator;

  return (
    <Paper withBorder p="sm" component="section" id={anchor} aria-labelledby={headingId} style={{ scrollMarginTop: 80 }}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId} style={{ overflowWrap: 'anywhere' }}>
          {code}. {indicator.name}
        </Title>
        <Group gap="xs" wrap="wrap">
          <Text size="sm">{t('ui.innovations.indicators.weight', { weight: n.score(indicator.weight) })}</Text>
          {indicator.mandatory && (
            <Badge variant="light" color="red" size="sm">
              {t('ui.innovations.indicators.mandatory')}
            </Badge>
          )}
        </Group>
        {indicator.description && (
          <Text size="sm" c="dimmed">
            {indicator.description}
          </Text>
        )}
        <RegionAnswer key={`${periodId}-${code}`} periodId={periodId} indicator={indicator} canEdit={mayAnswer} />
        {indicator.option > 0 && (
          <Group gap="xs" wrap="wrap">
            <Badge variant="light" color={indicator.present ? 'blue' : 'red'} size="sm">
              {indicator.present ? t('ui.innovations.indicators.present') : t('ui.innovations.indicators.missing')}
            </Badge>
            <Text size="sm">{t('ui.regionAspect.score', { score: n.score(indicator.score) })}</Text>
          </Group>
        )}
        <Text role="status" size="sm" c="blue.9">
          {added && t('ui.innovations.indicators.saved')}
        </Text>
        <RegionEvidenceList periodId={periodId} code={code} items={indicator.evidence} canEdit={mayAnswer} />
        <RegionReviewControls periodId={periodId} indicator={indicator} mayReview={mayReview} />
        {mayAnswer &&
          (adding ? (
            <RegionEvidenceAddForm
              periodId={periodId}
              code={code}
              onDone={(saved) => {
                setAdding(false);
                setAdded(saved);
              }}
            />
          ) : (
            <Button
              size="xs"
              variant="light"
              style={{ alignSelf: 'flex-start' }}
              aria-label={t('ui.innovations.indicators.addEvidenceFor', { code })}
              onClick={() => {
                setAdding(true);
                setAdded(false);
              }}
            >
              {t('ui.innovations.indicators.addEvidence')}
            </Button>
          ))}
      </Stack>
    </Paper>
  );
}
