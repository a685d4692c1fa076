import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { EntryStatus } from '../../../../../domain/contests/contests.js';

const colors: Record<EntryStatus, string> = { draf: 'gray', terkirim: 'blue', lolos: 'green', tidak_lolos: 'red' };

export function EntryStatusBadge({ status }: { status: EntryStatus }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={colors[status]}>
      {t(`contestTerms.entryStatus.${status}`)}
    </Badge>
  );
}
