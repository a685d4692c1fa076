import { Grid, Stack, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { InnovationDetail } from '../../../../domain/contracts/innovations.js';
import type { PeriodDetail } from '../../../../domain/contracts/periods.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PageLoader } from '../../../components/page-loader.js';
import { AssessmentPanel } from './assessment-panel.js';
import { IndicatorCard } from './indicator-card.js';

type Props = { detail: InnovationDetail; period: PeriodDetail | undefined; periodError: unknown; canEdit: boolean };

/** The period's innovation indicators in catalogue order, beside (on a phone: under) the live score panel. */
export function IndicatorsPanel({ detail, period, periodError, canEdit }: Props) {
  const { t } = useTranslation();
  const wide = useMediaQuery('(min-width: 62em)', false, { getInitialValueInEffect: false });
  const answers = new Map(detail.assessment.answers.map((a) => [a.code, a]));
  const indicators = period?.indicators.filter((i) => i.aspect === 'innovation') ?? [];

  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        {t('ui.innovations.indicators.title')}
      </Title>
      <Text size="sm">{t('ui.innovations.indicators.intro')}</Text>
      <Grid>
        <Grid.Col span={{ base: 12, md: 4 }} order={{ base: 1, md: 2 }}>
          {/* First in reading order so a phone shows the score before the long list. */}
          <div style={wide ? { position: 'sticky', top: 72 } : undefined}>
            <AssessmentPanel assessment={detail.assessment} parameters={period?.parameters} />
          </div>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }} order={{ base: 2, md: 1 }}>
          <Stack gap="sm">
            <ErrorAlert error={periodError} />
            {!period && !periodError && <PageLoader />}
            {indicators.map((indicator) => (
              <IndicatorCard
                key={indicator.code}
                innovationId={detail.innovation.id}
                indicator={indicator}
                answer={answers.get(indicator.code)}
                canEdit={canEdit}
              />
            ))}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
