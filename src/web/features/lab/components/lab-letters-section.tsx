import { Button, Group, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortDetail } from '../../../../domain/contracts/lab.js';
import { QuotaLettersDialog, type QuotaLetterKind } from '../../letters/components/quota-letters-dialog.js';

const kinds: readonly QuotaLetterKind[] = ['pemberitahuan', 'teguran'];

/** Notice and reprimand letters to the units without an action plan by the deadline (admins only), through the monitoring page's letters dialog. */
export function LabLettersSection({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<QuotaLetterKind | null>(null);
  const units = cohort.unitsWithoutPlan;
  return (
    <Stack gap="sm">
      <Text size="sm">{t('ui.lab.letters.intro')}</Text>
      {units.length === 0 && <Text size="sm">{t('ui.lab.letters.none')}</Text>}
      <Group gap="sm">
        {kinds.map((kind) => (
          <Button key={kind} variant="default" disabled={units.length === 0} onClick={() => setOpen(kind)}>
            {t(`ui.letters.quota.create.${kind}`)}
          </Button>
        ))}
      </Group>
      {open && <QuotaLettersDialog kind={open} units={units} cohort={{ id: cohort.id, name: cohort.name }} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
