import { Button, Fieldset, Group, Select, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CohortDetail } from '../../../../domain/contracts/lab.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useCreatePlan } from '../api/use-plans.js';

/** The operator of a participating unit starts the action plan of one of the unit's innovations. */
export function CreatePlanForm({ cohort }: { cohort: CohortDetail }) {
  const { t } = useTranslation();
  const create = useCreatePlan(cohort.id);
  const [innovationId, setInnovationId] = useState<string | null>(null);
  const several = new Set(cohort.plannable.map((i) => i.unitId)).size > 1;

  if (!cohort.plannable.length) return <Text c="dimmed">{t('ui.lab.plan.nothingToPlan')}</Text>;
  return (
    <Fieldset legend={t('ui.lab.plan.createLegend')}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (innovationId)
            create.mutate(innovationId, {
              onSuccess: () => {
                notifySuccess(t('ui.lab.plan.created'));
                setInnovationId(null);
              },
            });
        }}
      >
        <Group align="flex-end" wrap="wrap">
          <Select
            label={t('ui.lab.plan.innovation')}
            description={t('ui.lab.plan.innovationHint')}
            data={cohort.plannable.map((i) => ({ value: i.innovationId, label: several ? `${i.name} — ${i.unitName}` : i.name }))}
            value={innovationId}
            onChange={setInnovationId}
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
            miw={240}
            style={{ flex: 1 }}
          />
          <Button type="submit" disabled={!innovationId} loading={create.isPending}>
            {t('ui.lab.plan.create')}
          </Button>
        </Group>
        <ErrorAlert error={create.error} />
      </form>
    </Fieldset>
  );
}
