import { Checkbox, MultiSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import type { User } from '../../../../domain/contracts/users.js';
import { roles, unitScopedRoles, type Role } from '../../../../domain/roles.js';
import { Dialog } from '../../../components/dialog.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useInviteUser } from '../api/use-invite-user.js';
import { useUpdateUser } from '../api/use-update-user.js';
import { FormActions } from '../../../components/form-actions.js';

type Props = {
  /** null: invite a new account. */
  user: User | null;
  unitOptions: { value: string; label: string }[];
  onClose: () => void;
};

export function UserFormModal({ user, unitOptions, onClose }: Props) {
  const { t } = useTranslation();
  const invite = useInviteUser();
  const update = useUpdateUser();
  const mutation = user ? update : invite;
  const form = useForm({
    initialValues: { email: user?.email ?? '', name: user?.name ?? '', roles: (user?.roles ?? []) as Role[], unitIds: user?.unitIds ?? [] },
    validate: {
      email: (value) => (user || value.trim() ? null : t('validation.required')),
      name: (value) => (value.trim() ? null : t('validation.required')),
      roles: (value) => (value.length > 0 ? null : t('validation.too_small_array', { minimum: 1 })),
      unitIds: (value, values) =>
        value.length === 0 && values.roles.some((r) => unitScopedRoles.includes(r)) ? t('error.unitsRequired') : null,
    },
  });

  const submit = form.onSubmit((values) => {
    const done = (message: string) => ({
      onSuccess: () => {
        notifySuccess(message);
        onClose();
      },
      onError: (err: unknown) => showFieldErrors(form, err),
    });
    const input = { name: values.name.trim(), roles: values.roles, unitIds: values.unitIds };
    if (user) update.mutate({ id: user.id, input }, done(t('ui.common.saved')));
    else invite.mutate({ ...input, email: values.email.trim() }, done(t('ui.users.invited', { email: values.email.trim() })));
  });

  return (
    <Dialog onClose={onClose} title={user ? t('ui.users.editTitle') : t('ui.users.inviteTitle')} size="lg">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} formValues={form.values} />
          <TextInput
            label={t('ui.auth.email')}
            type="email"
            withAsterisk={!user}
            disabled={user !== null}
            {...form.getInputProps('email')}
          />
          <TextInput label={t('ui.users.fields.name')} withAsterisk {...form.getInputProps('name')} />
          <Checkbox.Group label={t('ui.users.fields.roles')} withAsterisk {...form.getInputProps('roles')}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} mt="xs">
              {roles.map((role) => (
                <Checkbox key={role} value={role} label={t(`ui.roles.${role}`)} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <MultiSelect
            label={t('ui.users.fields.units')}
            description={t('ui.users.unitsHint')}
            data={unitOptions}
            searchable
            nothingFoundMessage={t('ui.common.nothingFound')}
            {...form.getInputProps('unitIds')}
          />
          <FormActions onCancel={onClose} loading={mutation.isPending} submitLabel={user ? t('ui.common.save') : t('ui.users.sendInvite')} />
        </Stack>
      </form>
    </Dialog>
  );
}
