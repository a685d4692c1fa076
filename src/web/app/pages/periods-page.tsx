import { Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { PeriodSummary } from '../../../domain/contracts/periods.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { usePeriods } from '../../features/periods/api/use-periods.js';
import { ClonePeriodModal } from '../../features/periods/components/clone-period-modal.js';
import { MakeCurrentDialog } from '../../features/periods/components/make-current-dialog.js';
import { PeriodsTable } from '../../features/periods/components/periods-table.js';

/** The region's assessment periods (admin only). */
export default function PeriodsPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const periods = usePeriods();
  const [makingCurrent, setMakingCurrent] = useState<PeriodSummary>();
  const [cloning, setCloning] = useState<PeriodSummary>();
  const items = periods.data?.items ?? [];
  const nextYear = Math.min(2100, Math.max(new Date().getFullYear(), ...items.map((p) => p.year)) + 1);

  return (
    <>
      <PageTitle>{t('ui.nav.periods')}</PageTitle>
      <Text mb="md">{t('ui.periods.intro')}</Text>
      <ErrorAlert error={periods.error} />
      {periods.isPending ? (
        <PageLoader />
      ) : (
        periods.data && (
          <PeriodsTable
            periods={items}
            actions={{ open: (p) => void navigate(`/periode/${p.id}`), makeCurrent: setMakingCurrent, clone: setCloning }}
          />
        )
      )}
      {makingCurrent && <MakeCurrentDialog period={makingCurrent} onClose={() => setMakingCurrent(undefined)} />}
      {cloning && <ClonePeriodModal period={cloning} suggestedYear={nextYear} onClose={() => setCloning(undefined)} />}
    </>
  );
}
