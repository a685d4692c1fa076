import { Alert, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert.js';
import { PageTitle } from '../../components/page-title.js';
import { useVerifyEmail } from '../../features/citizens/api/use-verify-email.js';
import { ResendVerificationForm } from '../../features/citizens/components/resend-verification-form.js';
import { ApiError } from '../../lib/api.js';
import { notifySuccess } from '../../lib/notify.js';

/**
 * `/verifikasi-email?token=…`, reached from the registration e-mail: the token is sent once, the
 * server signs the person in, and they land on their ideas. A used or expired link says so and
 * offers a new one.
 */
export default function VerifyEmailPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token') ?? '';
  const verify = useVerifyEmail();
  // The token is single-use: React's development double effect must not spend it twice.
  const sent = useRef(false);
  useEffect(() => {
    if (!token || sent.current) return;
    sent.current = true;
    verify.mutate(token, {
      onSuccess: () => {
        notifySuccess(t('ui.citizen.verify.welcome'));
        void navigate('/ide-saya', { replace: true });
      },
    });
  }, [token, verify, navigate, t]);

  const failed = !token || verify.isError;
  // A used, expired or unknown link is answered with a message on `token`: that message is the whole story.
  const tokenProblem = verify.error instanceof ApiError ? (verify.error.fields.find((f) => f.path === 'token')?.message ?? null) : null;
  return (
    <>
      <PageTitle>{t('ui.citizen.verify.title')}</PageTitle>
      {!failed ? (
        <Stack align="center" role="status">
          <Loader aria-hidden />
          <Text>{t('ui.citizen.verify.working')}</Text>
        </Stack>
      ) : (
        <Stack>
          {tokenProblem || !token ? (
            <Alert color="red" role="alert" title={t('ui.citizen.verify.failedTitle')}>
              {tokenProblem ?? t('ui.citizen.verify.noToken')}
            </Alert>
          ) : (
            <ErrorAlert error={verify.error} />
          )}
          <Title order={2} size="h4">
            {t('ui.citizen.verify.resendTitle')}
          </Title>
          <Text size="sm">{t('ui.citizen.verify.resendIntro')}</Text>
          <ResendVerificationForm />
        </Stack>
      )}
    </>
  );
}
