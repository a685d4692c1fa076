import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { SetPasswordForm } from '../../features/auth/components/set-password-form.js';
import { notifySuccess } from '../../lib/notify.js';

/** Reached from the invitation and the password-reset e-mails. */
export default function SetPasswordPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const token = useSearchParams()[0].get('token') ?? '';
  const done = () => {
    notifySuccess(t('ui.auth.setPassword.done'));
    void navigate('/masuk', { replace: true });
  };
  return (
    <>
      <PageTitle>{t('ui.auth.setPassword.title')}</PageTitle>
      {token ? (
        <SetPasswordForm token={token} onDone={done} />
      ) : (
        <Stack>
          <Alert color="red" role="alert">
            {t('ui.auth.setPassword.noToken')}
          </Alert>
          <Anchor component={Link} to="/lupa-sandi">
            {t('ui.auth.setPassword.requestNew')}
          </Anchor>
        </Stack>
      )}
    </>
  );
}
