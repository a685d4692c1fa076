import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ContestStatus } from '../../../../../domain/contests/contests.js';

// Filled dark shade (white text) where a light badge would fall short of AA contrast.
const badge: Record<ContestStatus, { color: string; variant: 'light' | 'filled' }> = {
  draf: { color: 'gray', variant: 'light' },
  terbit: { color: 'blue', variant: 'light' },
  selesai: { color: 'teal.9', variant: 'filled' },
};

export function ContestStatusBadge({ status }: { status: ContestStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...badge[status]}>
      {t(`contestTerms.status.${status}`)}
    </Badge>
  );
}
