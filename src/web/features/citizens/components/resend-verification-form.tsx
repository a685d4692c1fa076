import { Alert, Button, Stack, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useResendVerification } from '../api/use-resend-verification.js';

/** Asks for a new verification link; the answer is the same whether or not the account exists. */
export function ResendVerificationForm({ initialEmail = '' }: { initialEmail?: string }) {
  const { t } = useTranslation();
  const resend = useResendVerification();
  const [email, setEmail] = useState(initialEmail);
  const [error, setError] = useState<string | null>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!email.trim()) return setError(t('validation.required'));
    setError(null);
    resend.mutate(email.trim());
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        <ErrorAlert error={resend.error} />
        {resend.isSuccess && (
          <Alert color="blue" role="status">
            {t('ui.citizen.checkEmail.resent')}
          </Alert>
        )}
        <TextInput
          label={t('ui.citizen.resend.email')}
          type="email"
          autoComplete="email"
          value={email}
          error={error}
          onChange={(e) => {
            setEmail(e.currentTarget.value);
            resend.reset();
          }}
        />
        <Button type="submit" variant="light" loading={resend.isPending}>
          {t('ui.citizen.resend.submit')}
        </Button>
      </Stack>
    </form>
  );
}
