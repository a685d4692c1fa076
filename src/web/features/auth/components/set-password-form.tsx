import { Button, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PasswordField } from '../../../components/password-field.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { useSetPassword } from '../api/use-set-password.js';

const minLength = 10;

export function SetPasswordForm({ token, onDone }: { token: string; onDone: () => void }) {
  const { t } = useTranslation();
  const setPassword = useSetPassword();
  const form = useForm({
    initialValues: { password: '' },
    validate: {
      password: (value) => (value.length >= minLength ? null : t('validation.too_small_string', { minimum: minLength })),
    },
  });
  const submit = form.onSubmit(({ password }) =>
    setPassword.mutate({ token, password }, { onSuccess: onDone, onError: (err) => showFieldErrors(form, err) }),
  );

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <ErrorAlert error={setPassword.error} formValues={form.values} />
        <PasswordField
          label={t('ui.auth.setPassword.password')}
          description={t('ui.auth.setPassword.rule', { minimum: minLength })}
          autoComplete="new-password"
          {...form.getInputProps('password')}
        />
        <Button type="submit" loading={setPassword.isPending}>
          {t('ui.auth.setPassword.submit')}
        </Button>
      </Stack>
    </form>
  );
}
