import { Button, Group, Select, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '../../../domain/contracts/units.js';
import { unitTypes } from '../../../domain/unit-types.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { Pager } from '../../components/pager.js';
import { SearchInput } from '../../components/search-input.js';
import { useUnits } from '../../features/units/api/use-units.js';
import { UnitActiveDialog } from '../../features/units/components/unit-active-dialog.js';
import { UnitDeleteDialog } from '../../features/units/components/unit-delete-dialog.js';
import { UnitFormModal } from '../../features/units/components/unit-form-modal.js';
import { UnitImportModal } from '../../features/units/components/unit-import-modal.js';
import { UnitsTable } from '../../features/units/components/units-table.js';
import { useUrlQuery } from '../../lib/use-url-query.js';
import { useSignedIn } from '../use-signed-in.js';

const pageSize = 25;
const activeFilters = ['true', 'false', 'all'] as const;

export default function UnitsPage() {
  const { t } = useTranslation();
  const canEdit = useSignedIn().roles.includes('admin');
  const { values, page, set } = useUrlQuery(['q', 'type', 'active'] as const);
  const type = unitTypes.find((u) => u === values.type);
  const active = activeFilters.find((a) => a === values.active) ?? 'true';
  const units = useUnits({ q: values.q || undefined, type, active, page, pageSize });
  // undefined: closed; null: creating a new unit.
  const [editing, setEditing] = useState<Unit | null>();
  const [toggling, setToggling] = useState<Unit>();
  const [removing, setRemoving] = useState<Unit>();
  const [importing, setImporting] = useState(false);

  return (
    <>
      <PageTitle>{t('ui.nav.units')}</PageTitle>
      {canEdit && (
        <Group mb="md">
          <Button onClick={() => setEditing(null)}>{t('ui.units.create')}</Button>
          <Button variant="default" onClick={() => setImporting(true)}>
            {t('ui.units.import.open')}
          </Button>
        </Group>
      )}
      <SimpleGrid cols={{ base: 1, sm: 3 }} mb="md">
        <SearchInput label={t('ui.common.search')} value={values.q} onChange={(q) => set({ q })} />
        <Select
          label={t('ui.units.fields.type')}
          placeholder={t('ui.units.allTypes')}
          data={unitTypes.map((u) => ({ value: u, label: t(`ui.unitTypes.${u}`) }))}
          value={type ?? null}
          onChange={(next) => set({ type: next ?? '' })}
          clearable
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
        />
        <Select
          label={t('ui.common.status')}
          data={activeFilters.map((a) => ({ value: a, label: t(`ui.units.activeFilter.${a}`) }))}
          value={active}
          onChange={(next) => set({ active: next === 'true' ? '' : (next ?? '') })}
          allowDeselect={false}
        />
      </SimpleGrid>
      <ErrorAlert error={units.error} />
      {units.isPending ? (
        <PageLoader />
      ) : (
        units.data && (
          <>
            <UnitsTable
              units={units.data.items}
              actions={canEdit ? { edit: setEditing, toggleActive: setToggling, remove: setRemoving } : undefined}
            />
            <Pager page={page} pageSize={pageSize} total={units.data.total} onChange={(p) => set({ page: p })} />
          </>
        )
      )}
      {editing !== undefined && <UnitFormModal unit={editing} onClose={() => setEditing(undefined)} />}
      {toggling && <UnitActiveDialog unit={toggling} onClose={() => setToggling(undefined)} />}
      {removing && <UnitDeleteDialog unit={removing} onClose={() => setRemoving(undefined)} />}
      {importing && <UnitImportModal onClose={() => setImporting(false)} />}
    </>
  );
}
