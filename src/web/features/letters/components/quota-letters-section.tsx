import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MonitoringReport } from '../../../../domain/contracts/monitoring.js';
import { QuotaLettersDialog, type QuotaLetterKind } from './quota-letters-dialog.js';

const kinds: readonly QuotaLetterKind[] = ['pemberitahuan', 'teguran'];

/** Notice and reprimand letters to the units below quota in the period shown (admins only). */
export function QuotaLettersSection({ report }: { report: MonitoringReport }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<QuotaLetterKind | null>(null);
  // The order the server numbers the letters in: largest shortfall first, then by name.
  const below = report.units.filter((u) => u.below).sort((a, b) => b.shortfall - a.shortfall || a.name.localeCompare(b.name, 'id'));

  return (
    <Stack gap="sm">
      <Text size="sm">{t('ui.letters.quota.intro', { year: report.period.year })}</Text>
      <Text size="sm" fw={500}>
        {below.length > 0 ? t('ui.letters.quota.unitsBelow', { count: below.length }) : t('ui.letters.quota.noneBelow')}
      </Text>
      <Group gap="sm">
        {kinds.map((kind) => (
          <Button key={kind} variant="default" disabled={below.length === 0} onClick={() => setOpen(kind)}>
            {t(`ui.letters.quota.create.${kind}`)}
          </Button>
        ))}
      </Group>
      {open && <QuotaLettersDialog kind={open} periodId={report.period.id} units={below} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
