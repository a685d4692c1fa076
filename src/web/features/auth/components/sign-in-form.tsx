import { Anchor, Button, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { PasswordField } from '../../../components/password-field.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { useDemoAccounts } from '../api/use-demo-accounts.js';
import { useSignIn } from '../api/use-sign-in.js';
import { DemoAccounts } from './demo-accounts.js';

/** Signing in sets the account in the cache; the page then leaves for where the person was going. */
export function SignInForm() {
  const { t } = useTranslation();
  const signIn = useSignIn();
  const demo = useDemoAccounts();
  const required = (value: string) => (value.trim() ? null : t('validation.required'));
  const form = useForm({ initialValues: { email: '', password: '' }, validate: { email: required, password: required } });
  const submit = form.onSubmit((values) =>
    signIn.mutate(values, { onError: (err) => showFieldErrors(form, err) }),
  );

  return (
    <Stack gap="xl">
      <form onSubmit={submit} noValidate>
        <Stack>
          <ErrorAlert error={signIn.error} formValues={form.values} />
          <TextInput label={t('ui.auth.email')} type="email" autoComplete="username" {...form.getInputProps('email')} />
          <PasswordField label={t('ui.auth.password')} autoComplete="current-password" {...form.getInputProps('password')} />
          <Button type="submit" loading={signIn.isPending}>
            {t('ui.auth.signIn')}
          </Button>
          <Anchor component={Link} to="/lupa-sandi">
            {t('ui.auth.forgotLink')}
          </Anchor>
        </Stack>
      </form>
      {demo.data && demo.data.accounts.length > 0 && (
        <DemoAccounts
          accounts={demo.data.accounts}
          password={demo.data.password ?? ''}
          onPick={(email) => form.setValues({ email, password: demo.data.password ?? '' })}
        />
      )}
    </Stack>
  );
}
