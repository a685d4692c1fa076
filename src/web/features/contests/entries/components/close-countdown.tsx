import { Alert, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TimeZone } from '../../../../../domain/contracts/regions.js';
import { countdownParts, formatCountdown } from '../../../../../domain/portal/countdown.js';
import { instantToSecond } from '../../clock.js';

type Props = { closesAt: string; zone: TimeZone; now: number };

/**
 * The registration's close: the instant to the second with the region's zone, and the time left,
 * live. The time left is not a live region: announced every second it would drown a screen reader,
 * which reads it when the reader reaches it.
 */
export function CloseCountdown({ closesAt, zone, now }: Props) {
  const { t, i18n } = useTranslation();
  const when = instantToSecond(closesAt, zone, i18n.language, t(`ui.timeZones.short.${zone}`));
  const parts = countdownParts(Date.parse(closesAt), now);
  if (parts.done)
    return (
      <Alert color="orange" title={t('ui.contestEntry.time.closedTitle')}>
        {t('ui.contestEntry.time.closedAt', { date: when })}
      </Alert>
    );
  return (
    <Alert color="blue" title={t('ui.contestEntry.time.closesAt', { date: when })}>
      <Text size="sm">
        {t('ui.contestEntry.time.left')}{' '}
        <Text span fw={600} ff="monospace">
          {formatCountdown(parts, i18n.language)}
        </Text>
      </Text>
    </Alert>
  );
}
