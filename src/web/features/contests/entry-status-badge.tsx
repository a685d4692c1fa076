import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntryStatus } from '../../../domain/contests/contests.js';

// Filled dark shades (white text) where a light badge would fall short of AA contrast.
const badge: Record<EntryStatus, { color: string; variant: 'light' | 'filled' }> = {
  draf: { color: 'gray', variant: 'light' },
  terkirim: { color: 'blue', variant: 'light' },
  lolos: { color: 'teal.9', variant: 'filled' },
  tidak_lolos: { color: 'red.9', variant: 'filled' },
};

export function EntryStatusBadge({ status }: { status: EntryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge {...badge[status]}>
      {t(`contestTerms.entryStatus.${status}`)}
    </Badge>
  );
}
