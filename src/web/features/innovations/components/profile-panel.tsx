import { Alert, Divider, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Innovation } from '../../../../domain/contracts/innovations.js';
import { useUnits } from '../../units/api/use-units.js';
import { useMasterData } from '../api/use-master-data.js';
import { useProfileAutosave } from '../api/use-profile-autosave.js';
import { ConflictDialog } from './conflict-dialog.js';
import { DesignField } from './design-field.js';
import { ProfileBudgetFields } from './profile-budget-fields.js';
import { ProfileDetailFields } from './profile-detail-fields.js';
import { ProfileIdentityFields } from './profile-identity-fields.js';
import { ProfileLocationFields } from './profile-location-fields.js';
import { SaveStatus } from './save-status.js';

type Props = {
  innovation: Innovation;
  canEdit: boolean;
  /** The units the account may put an innovation under (all for admins). */
  unitIds: 'all' | string[];
  minDesignWords: number;
};

/** Every profile field, saved as it is typed (see useProfileAutosave). Mount with `key={innovation.id}`. */
export function ProfilePanel({ innovation, canEdit, unitIds, minDesignWords }: Props) {
  const { t } = useTranslation();
  const autosave = useProfileAutosave(innovation, canEdit);
  const master = useMasterData(innovation.periodId);
  const units = useUnits({ active: 'true', pageSize: 200 });
  const [conflictHidden, setConflictHidden] = useState(false);
  const group = { values: autosave.values, setField: autosave.setField, errors: autosave.errors, readOnly: !canEdit };

  const unitChoices = (units.data?.items ?? []).filter((u) => unitIds === 'all' || unitIds.includes(u.id)).map((u) => ({ value: u.id, label: u.name }));
  if (!unitChoices.some((u) => u.value === innovation.unitId)) unitChoices.unshift({ value: innovation.unitId, label: innovation.unitName });

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="baseline" gap="xs">
        <Title order={2} size="h3">
          {t('ui.innovations.profile.title')}
        </Title>
        {canEdit && <SaveStatus status={autosave.status} onShowConflict={() => setConflictHidden(false)} />}
      </Group>
      {autosave.restored && (
        <Alert color="blue" withCloseButton closeButtonLabel={t('ui.common.close')} onClose={autosave.dismissRestored}>
          {t('ui.innovations.profile.restored')}
        </Alert>
      )}
      {canEdit && (
        <Text size="sm" c="dimmed">
          {t('ui.innovations.profile.requiredNote')}
        </Text>
      )}
      <ProfileIdentityFields {...group} master={master} units={unitChoices} />
      <Divider />
      <ProfileLocationFields {...group} />
      <Divider />
      <DesignField
        value={autosave.values.design}
        onChange={(html) => autosave.setField('design', html)}
        readOnly={!canEdit}
        minWords={minDesignWords}
        error={autosave.errors.design}
      />
      <Divider />
      <ProfileDetailFields {...group} />
      <Divider />
      <ProfileBudgetFields {...group} innovationId={innovation.id} />
      {autosave.conflict && !conflictHidden && (
        <ConflictDialog
          conflict={autosave.conflict}
          mine={autosave.values}
          master={master}
          onResolve={(choice) => {
            autosave.resolve(choice);
            setConflictHidden(false);
          }}
          onClose={() => setConflictHidden(true)}
        />
      )}
    </Stack>
  );
}
