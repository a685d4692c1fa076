import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stage } from '../../../../domain/iid/engine.js';

/** Penerapan is what counts for the index, so it stands out; the earlier stages stay quiet. */
export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return (
    <Badge variant={stage === 'penerapan' ? 'filled' : 'light'} color={stage === 'inisiatif' ? 'gray' : 'blue'}>
      {t(`ui.innovations.stages.${stage}`)}
    </Badge>
  );
}
