import { Alert, Anchor, Button, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ErrorAlert } from '../../../components/error-alert.js';
import { showFieldErrors } from '../../../lib/form-errors.js';
import { useForgotPassword } from '../api/use-forgot-password.js';

export function ForgotPasswordForm() {
  const { t } = useTranslation();
  const forgot = useForgotPassword();
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (value) => (value.trim() ? null : t('validation.required')) },
  });
  const submit = form.onSubmit(({ email }) => forgot.mutate(email, { onError: (err) => showFieldErrors(form, err) }));

  return (
    <Stack>
      {forgot.isSuccess ? (
        <Alert color="blue" role="alert">
          {t('ui.auth.forgot.sent')}
        </Alert>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text>{t('ui.auth.forgot.intro')}</Text>
            <ErrorAlert error={forgot.error} formValues={form.values} />
            <TextInput label={t('ui.auth.email')} type="email" autoComplete="email" {...form.getInputProps('email')} />
            <Button type="submit" loading={forgot.isPending}>
              {t('ui.auth.forgot.submit')}
            </Button>
          </Stack>
        </form>
      )}
      <Anchor component={Link} to="/masuk">
        {t('ui.auth.backToSignIn')}
      </Anchor>
    </Stack>
  );
}
