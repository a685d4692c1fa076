import { Badge, Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type ProgressValue = { assigned: number; scored: number };

/** "3 dari 5 karya dinilai" with a bar; the bar is named so a screen reader knows whose progress it is. */
export function JudgeProgress({ progress, label }: { progress: ProgressValue; label: string }) {
  const { t } = useTranslation();
  const percent = progress.assigned ? Math.round((progress.scored / progress.assigned) * 100) : 0;
  return (
    <Stack gap={4} miw={160}>
      <Text size="sm">{t('ui.judging.progress.text', { scored: progress.scored, assigned: progress.assigned })}</Text>
      <Progress value={percent} aria-label={label} size="sm" />
    </Stack>
  );
}

// Filled dark shades (white text) where a light badge would fall short of AA contrast.
const sheetBadges = {
  belum: { color: 'gray', variant: 'light' },
  sebagian: { color: 'blue', variant: 'light' },
  selesai: { color: 'teal.9', variant: 'filled' },
} as const;

/** A sheet's state: not started, partly scored, every criterion scored or abstained. */
export function SheetStatusBadge({ status }: { status: keyof typeof sheetBadges }) {
  const { t } = useTranslation();
  return (
    <Badge {...sheetBadges[status]}>
      {t(`contestTerms.sheet.${status}`)}
    </Badge>
  );
}
