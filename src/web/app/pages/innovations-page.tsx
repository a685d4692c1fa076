import { Button, Group, Stack, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { innovationSorts, type InnovationListQuery } from '../../../domain/contracts/innovations.js';
import { stages } from '../../../domain/iid/engine.js';
import { reviewStates } from '../../../domain/review/workflow.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { Pager } from '../../components/pager.js';
import { SearchInput } from '../../components/search-input.js';
import { useInnovations } from '../../features/innovations/api/use-innovations.js';
import { useMasterData } from '../../features/innovations/api/use-master-data.js';
import { InnovationCards } from '../../features/innovations/components/innovation-cards.js';
import { InnovationCreateModal } from '../../features/innovations/components/innovation-create-modal.js';
import { filterKeys, InnovationFilters } from '../../features/innovations/components/innovation-filters.js';
import { InnovationImportModal } from '../../features/innovations/components/innovation-import-modal.js';
import { InnovationsTable, type RowSelection } from '../../features/innovations/components/innovations-table.js';
import { DecreeDialog, type DecreeItem } from '../../features/letters/components/decree-dialog.js';
import { usePeriods } from '../../features/periods/api/use-periods.js';
import { useUnits } from '../../features/units/api/use-units.js';
import { apiUrl } from '../../lib/api.js';
import { useUrlQuery } from '../../lib/use-url-query.js';
import { useSignedIn } from '../use-signed-in.js';

const pageSize = 25;
// The server drafts one decree for at most this many innovations.
const maxDecreeItems = 500;
const pick = <T extends string>(options: readonly T[], value: string): T | undefined => options.find((o) => o === value);

/**
 * The innovation registry: search, filters, sort, Excel export, and (for editors) create and import.
 * Admins also pick innovations in the table (not on a phone's cards) for the draft designation decree.
 */
export default function InnovationsPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const admin = me.roles.includes('admin');
  const canCreate = admin || me.roles.includes('operator');
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const { values, page, set } = useUrlQuery(['q', ...filterKeys, 'sort', 'order'] as const);
  const query: Partial<InnovationListQuery> = {
    q: values.q || undefined,
    unitId: values.unitId || undefined,
    stage: pick(stages, values.stage),
    affair: values.affair || undefined,
    form: values.form || undefined,
    kind: values.kind || undefined,
    periodId: values.periodId || undefined,
    status: pick(['aktif', 'diajukan_kembali'] as const, values.status),
    reviewState: pick(reviewStates, values.reviewState),
    complete: pick(['true', 'false'] as const, values.complete),
    sort: pick(innovationSorts, values.sort),
    order: pick(['asc', 'desc'] as const, values.order),
  };
  const innovations = useInnovations({ ...query, page, pageSize });
  const master = useMasterData(query.periodId);
  const units = useUnits({ active: 'true', pageSize: 200 });
  // Periods are readable by admins, mentors, leadership and assessors; others filter by the current one only.
  const periods = usePeriods();
  const [creating, setCreating] = useState(false);
  const [importing, setImporting] = useState(false);
  // Kept across pages and filters, so a decree can name innovations from several searches.
  const [selected, setSelected] = useState<ReadonlyMap<string, DecreeItem>>(new Map());
  const [drafting, setDrafting] = useState(false);
  const selection: RowSelection = {
    isSelected: (id) => selected.has(id),
    onChange: (items, on) =>
      setSelected((current) => {
        const next = new Map(current);
        for (const item of items) {
          if (on) next.set(item.id, { id: item.id, name: item.name, unitName: item.unitName });
          else next.delete(item.id);
        }
        return next;
      }),
  };
  const canDraft = admin && !phone;
  const tooMany = selected.size > maxDecreeItems;
  // An operator files innovations under their own units only.
  const unitChoices = (units.data?.items ?? [])
    .filter((u) => admin || me.unitIds.includes(u.id))
    .map((u) => ({ value: u.id, label: u.name }));
  const affairName = (code: string | null) => master.nameOf('affair', code);

  return (
    <>
      <PageTitle>{t('ui.nav.innovations')}</PageTitle>
      <Group mb="md" gap="sm">
        {canCreate && <Button onClick={() => setCreating(true)}>{t('ui.innovations.create')}</Button>}
        {admin && (
          <Button variant="default" onClick={() => setImporting(true)}>
            {t('ui.innovations.importOpen')}
          </Button>
        )}
        <Button component="a" variant="default" href={apiUrl('/api/innovations/export.xlsx', query)} download>
          {t('ui.innovations.export')}
        </Button>
      </Group>
      <Stack gap="sm" mb="md">
        <SearchInput label={t('ui.innovations.search')} value={values.q} onChange={(q) => set({ q })} />
        <InnovationFilters
          values={values}
          set={set}
          choices={{
            units: (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
            periods: (periods.data?.items ?? []).map((p) => ({ value: p.id, label: t('ui.innovations.periodName', { year: p.year }) })),
            affairs: master.choices('affair'),
            forms: master.choices('form'),
            kinds: master.choices('kind'),
          }}
        />
      </Stack>
      {canDraft && (
        <Group mb="sm" gap="sm">
          <Button variant="default" disabled={selected.size === 0 || tooMany} onClick={() => setDrafting(true)}>
            {t('ui.letters.decree.open')}
          </Button>
          <Text size="sm" aria-live="polite" c={tooMany ? 'red' : undefined}>
            {selected.size === 0
              ? t('ui.letters.decree.hint')
              : `${t('ui.letters.decree.selected', { count: selected.size })}${tooMany ? ` ${t('ui.letters.decree.tooMany', { max: maxDecreeItems })}` : ''}`}
          </Text>
          {selected.size > 0 && (
            <Button variant="subtle" size="compact-sm" onClick={() => setSelected(new Map())}>
              {t('ui.letters.decree.clear')}
            </Button>
          )}
        </Group>
      )}
      <ErrorAlert error={innovations.error} />
      {innovations.isPending ? (
        <PageLoader />
      ) : (
        innovations.data && (
          <>
            {phone ? (
              <InnovationCards items={innovations.data.items} affairName={affairName} />
            ) : (
              <InnovationsTable items={innovations.data.items} affairName={affairName} selection={canDraft ? selection : undefined} />
            )}
            <Pager page={page} pageSize={pageSize} total={innovations.data.total} onChange={(p) => set({ page: p })} />
          </>
        )
      )}
      {creating && <InnovationCreateModal units={unitChoices} onClose={() => setCreating(false)} />}
      {importing && <InnovationImportModal onClose={() => setImporting(false)} />}
      {drafting && <DecreeDialog items={[...selected.values()]} onClose={() => setDrafting(false)} />}
    </>
  );
}
