import { Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorAnswer } from '../../../../domain/contracts/innovations.js';
import type { Indicator } from '../../../../domain/contracts/periods.js';
import { InnovationIndicatorReview } from '../../review/components/indicator-review-controls.js';
import { innovationEvidencePath, innovationIndicatorPath } from '../api/keys.js';
import { useApplyDetail } from '../api/use-apply-detail.js';
import { IndicatorAnswerChoice } from './indicator-answer.js';
import { IndicatorEvidence } from './indicator-evidence.js';

/** An indicator's weight, whether it is mandatory, and its description: the same for an innovation's indicators and the region's. */
export function IndicatorFacts({ weight, mandatory, description }: { weight: number | string; mandatory: boolean; description?: string }) {
  const { t } = useTranslation();
  return (
    <>
      <Group gap="xs">
        <Text size="sm">{t('ui.innovations.indicators.weight', { weight })}</Text>
        {mandatory && (
          <Badge variant="light" color="red" size="sm">
            {t('ui.innovations.indicators.mandatory')}
          </Badge>
        )}
      </Group>
      {description && (
        <Text size="sm" c="dimmed">
          {description}
        </Text>
      )}
    </>
  );
}

type Props = { innovationId: string; indicator: Indicator; answer: IndicatorAnswer | undefined; canEdit: boolean };

/** One innovation indicator: the answer, what evidence it needs and whether it is there, and the evidence itself. */
export function IndicatorCard({ innovationId, indicator, answer, canEdit }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const apply = useApplyDetail();
  const endpoints = {
    indicator: innovationIndicatorPath(innovationId, indicator.code),
    evidence: (evidenceId: string) => innovationEvidencePath(innovationId, evidenceId),
    apply,
  };
  const option = answer?.option ?? 0;
  const options = indicator.bases ? (answer?.basis ? indicator.bases[answer.basis]?.options : undefined) : indicator.options;
  const note = option > 0 ? options?.[option - 1]?.evidence.note : undefined;
  const kinds = (answer?.accepts ?? []).map((k) => t(`ui.innovations.indicators.kinds.${k}`)).join(', ');

  return (
    <Paper withBorder p="sm" component="section" aria-labelledby={headingId}>
      <Stack gap="xs">
        <Title order={3} size="h5" id={headingId}>
          {indicator.code}. {indicator.name}
        </Title>
        <IndicatorFacts weight={indicator.weight} mandatory={indicator.mandatory} description={indicator.description} />
        <IndicatorAnswerChoice innovationId={innovationId} indicator={indicator} answer={answer} canEdit={canEdit} />
        {option > 0 && (
          <Group gap="xs" wrap="wrap" align="center">
            <Text size="sm">
              {kinds && t('ui.innovations.indicators.needs', { kinds })} {note}
            </Text>
            <Badge variant="light" color={answer?.present ? 'blue' : 'red'} size="sm">
              {answer?.present ? t('ui.innovations.indicators.present') : t('ui.innovations.indicators.missing')}
            </Badge>
          </Group>
        )}
        <IndicatorEvidence
          code={indicator.code}
          items={answer?.evidence ?? []}
          canEdit={canEdit}
          endpoints={endpoints}
          showStatus
          review={<InnovationIndicatorReview innovationId={innovationId} code={indicator.code} answer={answer} />}
        />
      </Stack>
    </Paper>
  );
}
