import { Button, Select, SimpleGrid } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../domain/contracts/users.js';
import { roles } from '../../../domain/roles.js';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { Pager } from '../../components/pager.js';
import { SearchInput } from '../../components/search-input.js';
import { useUnits } from '../../features/units/api/use-units.js';
import { useResendInvite } from '../../features/users/api/use-resend-invite.js';
import { useUnlockUser } from '../../features/users/api/use-unlock-user.js';
import { useUsers } from '../../features/users/api/use-users.js';
import { UserActiveDialog } from '../../features/users/components/user-active-dialog.js';
import { UserFormModal } from '../../features/users/components/user-form-modal.js';
import { UsersTable } from '../../features/users/components/users-table.js';
import { notifyError, notifySuccess } from '../../lib/notify.js';
import { useUrlQuery } from '../../lib/use-url-query.js';

const pageSize = 25;

export default function UsersPage() {
  const { t } = useTranslation();
  const { values, page, set } = useUrlQuery(['q', 'role'] as const);
  const role = roles.find((r) => r === values.role);
  const users = useUsers({ q: values.q || undefined, role, page, pageSize });
  // undefined: closed; null: inviting a new account.
  const [editing, setEditing] = useState<User | null>();
  const [toggling, setToggling] = useState<User>();
  const units = useUnits({ active: 'true', pageSize: 200 }, editing !== undefined);
  const resend = useResendInvite();
  const unlock = useUnlockUser();
  const unitOptions = (units.data?.items ?? []).map((u) => ({ value: u.id, label: u.name }));

  const actions = {
    edit: setEditing,
    toggleActive: setToggling,
    resendInvite: (user: User) =>
      resend.mutate(user.id, { onSuccess: () => notifySuccess(t('ui.users.invited', { email: user.email })), onError: notifyError }),
    unlock: (user: User) =>
      unlock.mutate(user.id, { onSuccess: () => notifySuccess(t('ui.users.unlocked', { name: user.name })), onError: notifyError }),
  };

  return (
    <>
      <PageTitle>{t('ui.nav.users')}</PageTitle>
      <Button mb="md" onClick={() => setEditing(null)}>
        {t('ui.users.invite')}
      </Button>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="md">
        <SearchInput label={t('ui.common.search')} value={values.q} onChange={(q) => set({ q })} />
        <Select
          label={t('ui.users.fields.roles')}
          placeholder={t('ui.users.allRoles')}
          data={roles.map((r) => ({ value: r, label: t(`ui.roles.${r}`) }))}
          value={role ?? null}
          onChange={(next) => set({ role: next ?? '' })}
          clearable
          clearButtonProps={{ 'aria-label': t('ui.common.clear') }}
        />
      </SimpleGrid>
      <ErrorAlert error={users.error} />
      {users.isPending ? (
        <PageLoader />
      ) : (
        users.data && (
          <>
            <UsersTable users={users.data.items} actions={actions} />
            <Pager page={page} pageSize={pageSize} total={users.data.total} onChange={(p) => set({ page: p })} />
          </>
        )
      )}
      {editing !== undefined && <UserFormModal user={editing} unitOptions={unitOptions} onClose={() => setEditing(undefined)} />}
      {toggling && <UserActiveDialog user={toggling} onClose={() => setToggling(undefined)} />}
    </>
  );
}
