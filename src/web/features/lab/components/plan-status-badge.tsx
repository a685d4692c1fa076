import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CohortDetail } from '../../../../domain/contracts/lab.js';

const colors = { handedIn: 'green', late: 'orange', missing: 'red' } as const;

/** A unit's action-plan state in words and colour (the words carry the meaning, not the colour). */
export function PlanStatusBadge({ status }: { status: CohortDetail['participants'][number]['status'] }) {
  const { t } = useTranslation();
  return (
    <Badge color={colors[status]} variant="light">
      {t(`ui.lab.detail.status.${status}`)}
    </Badge>
  );
}
