import { Anchor, List, Progress, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RegionAspect } from '../../../../domain/contracts/region-aspect.js';
import { Figure } from '../../monitoring/components/headline-figures.js';
import { useNumbers } from '../../simulator/use-numbers.js';
import { regionIndicatorAnchor } from './region-indicator-card.js';

/** The SPD score claimed and verified against its maximum, and the mandatory indicators still missing. */
export function RegionAspectSummary({ aspect }: { aspect: RegionAspect }) {
  const { t } = useTranslation();
  const n = useNumbers();
  const { spd } = aspect;
  const percent = (value: number) => (spd.max > 0 ? Math.min(100, Math.round((value / spd.max) * 100)) : 0);
  const nameOf = (code: string) => aspect.indicators.find((i) => i.code === code)?.name;

  const score = (title: string, hint: string, value: number) => (
    <Figure title={title}>
      <Text fz="xl" fw={700}>
        {t('ui.regionAspect.summary.ofMax', { value: n.fixed(value), max: n.fixed(spd.max) })}
      </Text>
      <Progress value={percent(value)} aria-label={title} size="lg" />
      <Text size="sm" c="dimmed">
        {hint}
      </Text>
    </Figure>
  );

  return (
    <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
      {score(t('ui.regionAspect.summary.claimed'), t('ui.regionAspect.summary.claimedHint'), spd.claimed)}
      {score(t('ui.regionAspect.summary.verified'), t('ui.regionAspect.summary.verifiedHint'), spd.verified)}
      <Figure title={t('ui.regionAspect.summary.mandatory')}>
        {aspect.mandatoryMissing.length === 0 ? (
          <Text size="sm">{t('ui.regionAspect.summary.mandatoryDone')}</Text>
        ) : (
          <>
            <Text size="sm">{t('ui.regionAspect.summary.mandatoryMissing')}</Text>
            <List size="sm" spacing={2}>
              {aspect.mandatoryMissing.map((code) => (
                <List.Item key={code}>
                  <Anchor href={`#${regionIndicatorAnchor(code)}`} size="sm" style={{ overflowWrap: 'anywhere' }}>
                    {nameOf(code) ? `${code}. ${nameOf(code)}` : code}
                  </Anchor>
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Figure>
    </SimpleGrid>
  );
}
