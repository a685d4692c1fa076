import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorAnswer } from '../../../../domain/contracts/innovations.js';
import type { Indicator } from '../../../../domain/contracts/periods.js';
import { IndicatorReviewControls } from '../../review/components/indicator-review-controls.js';
import { EvidenceAddForm } from './evidence-add-form.js';
import { EvidenceList } from './evidence-list.js';
import { IndicatorAnswerChoice } from './indicator-answer.js';

type Props = { innovationId: string; indicator: Indicator; answer: IndicatorAnswer | undefined; canEdit: boolean };

/** One innovation indicator: the answer, what evidence it needs and whether it is there, and the evidence itself. */
export function IndicatorCard({ innovationId, indicator, answer, canEdit }: Props) {
  const { t } = useTranslation();
  const headingId = useId();
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState(false);
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
        <Group gap="xs">
          <Text size="sm">{t('ui.innovations.indicators.weight', { weight: indicator.weight })}</Text>
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
        <Text role="status" size="sm" c="blue.9">
          {added && t('ui.innovations.indicators.saved')}
        </Text>
        <EvidenceList innovationId={innovationId} code={indicator.code} items={answer?.evidence ?? []} canEdit={canEdit} />
        <IndicatorReviewControls innovationId={innovationId} code={indicator.code} answer={answer} />
        {canEdit &&
          (adding ? (
            <EvidenceAddForm
              innovationId={innovationId}
              code={indicator.code}
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
              aria-label={t('ui.innovations.indicators.addEvidenceFor', { code: indicator.code })}
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
