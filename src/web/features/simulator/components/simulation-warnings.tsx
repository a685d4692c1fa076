import { Alert, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Warning } from '../../../../domain/iid/simulate.js';
import { affairName } from './iid-summary.js';

/** The what-if's warnings on the claimed projection, one alert each. */
export function SimulationWarnings({ warnings }: { warnings: readonly Warning[] }) {
  const { t } = useTranslation();
  if (warnings.length === 0) return <Text>{t('ui.simulator.noWarnings')}</Text>;
  const text = (w: Warning): string => {
    switch (w.code) {
      case 'basicAffairs':
        return t('ui.simulator.warnings.basicAffairs', { covered: w.covered, required: w.required, missing: w.missing.map(affairName).join('; ') });
      case 'belowMinDivisor':
        return t('ui.simulator.warnings.belowMinDivisor', { counted: w.counted, minDivisor: w.minDivisor });
      case 'mandatoryEmpty':
        return w.innovationId === null
          ? t('ui.simulator.warnings.mandatoryEmptyRegion', { indicators: w.indicators.join(', ') })
          : t('ui.simulator.warnings.mandatoryEmpty', { id: w.innovationId, indicators: w.indicators.join(', ') });
      case 'leavesWindow':
        return t('ui.simulator.warnings.leavesWindow', { ids: w.innovationIds.join('; ') });
    }
  };
  return (
    <Stack gap="xs" data-testid="warnings">
      {warnings.map((w, index) => (
        <Alert key={`${w.code}-${index}`} color={w.code === 'basicAffairs' || w.code === 'belowMinDivisor' ? 'orange' : 'yellow'} data-warning={w.code}>
          <Text size="sm">{text(w)}</Text>
        </Alert>
      ))}
    </Stack>
  );
}
