import { useTranslation } from 'react-i18next';
import { Navigate, useLocation } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { useMe } from '../../features/auth/api/use-me.js';
import { SignInForm } from '../../features/auth/components/sign-in-form.js';

export default function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { state } = useLocation() as { state: { from?: string } | null };
  if (me.data) return <Navigate to={state?.from ?? '/dasbor'} replace />;
  return (
    <>
      <PageTitle>{t('ui.auth.signInTitle')}</PageTitle>
      <SignInForm />
    </>
  );
}
