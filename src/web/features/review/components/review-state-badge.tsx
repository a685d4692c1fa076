import { Badge, type BadgeProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IndicatorReviewState, ReviewState } from '../../../../domain/review/workflow.js';

// Only colours whose light and filled variants already pass contrast elsewhere in the app;
// the state's name is always the badge's text, so colour is never the only carrier.
const stateLook: Record<ReviewState, Pick<BadgeProps, 'variant' | 'color'>> = {
  draf: { variant: 'light', color: 'gray' },
  diajukan: { variant: 'light', color: 'violet' },
  dikembalikan: { variant: 'light', color: 'red' },
  diverifikasi: { variant: 'light', color: 'blue' },
  disahkan: { variant: 'outline', color: 'blue' },
  siap_dilaporkan: { variant: 'filled', color: 'violet' },
  dilaporkan: { variant: 'filled', color: 'blue' },
};

/** Where the innovation is in the review before the national report. */
export function ReviewStateBadge({ state, size }: { state: ReviewState; size?: BadgeProps['size'] }) {
  const { t } = useTranslation();
  return (
    <Badge {...stateLook[state]} size={size}>
      {t(`ui.review.states.${state}`)}
    </Badge>
  );
}

const indicatorColor = { pending: 'gray', accepted: 'blue', returned: 'red' } as const;

/** Whose review of an indicator it is, as its texts name the reviewer: the mentor's of an innovation's, or the region's reviewer. */
export type IndicatorReviewWording = 'ui.review.indicator' | 'ui.regionAspect.review';

/** The reviewer's verdict on one indicator. */
export function IndicatorReviewBadge({ state, wording }: { state: IndicatorReviewState; wording: IndicatorReviewWording }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={indicatorColor[state]} size="sm">
      {t(`${wording}.states.${state}`)}
    </Badge>
  );
}
