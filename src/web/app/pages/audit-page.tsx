import { Select, SimpleGrid, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { Pager } from '../../components/pager.js';
import { SearchInput } from '../../components/search-input.js';
import { useAuditLog } from '../../features/audit/api/use-audit-log.js';
import { AuditTable } from '../../features/audit/components/audit-table.js';
import { useUsers } from '../../features/users/api/use-users.js';
import { useUrlQuery } from '../../lib/use-url-query.js';

const pageSize = 50;
const isDate = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export default function AuditPage() {
  const { t } = useTranslation();
  const { values, page, set } = useUrlQuery(['entity', 'action', 'actorId', 'from', 'to'] as const);
  const log = useAuditLog({
    entity: values.entity || undefined,
    action: values.action || undefined,
    actorId: values.actorId || undefined,
    from: isDate(values.from) ? values.from : undefined,
    to: isDate(values.to) ? values.to : undefined,
    page,
    pageSize,
  });
  const users = useUsers({ pageSize: 200 });
  const actors = (users.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));

  return (
    <>
      <PageTitle>{t('ui.nav.audit')}</PageTitle>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 5 }} mb="md">
        <SearchInput label={t('ui.audit.entity')} value={values.entity} onChange={(entity) => set({ entity })} />
        <SearchInput label={t('ui.audit.action')} value={values.action} onChange={(action) => set({ action })} />
        <Select
          label={t('ui.audit.actor')}
          placeholder={t('ui.audit.anyone')}
          data={actors}
          value={values.actorId || null}
          onChange={(next) => set({ actorId: next ?? '' })}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
          nothingFoundMessage={t('ui.common.nothingFound')}
        />
        <TextInput type="date" label={t('ui.audit.from')} value={values.from} onChange={(e) => set({ from: e.currentTarget.value })} />
        <TextInput type="date" label={t('ui.audit.to')} value={values.to} onChange={(e) => set({ to: e.currentTarget.value })} />
      </SimpleGrid>
      <ErrorAlert error={log.error} />
      {log.isPending ? (
        <PageLoader />
      ) : (
        log.data && (
          <>
            <AuditTable entries={log.data.items} />
            <Pager page={page} pageSize={pageSize} total={log.data.total} onChange={(p) => set({ page: p })} />
          </>
        )
      )}
    </>
  );
}
