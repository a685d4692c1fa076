import { useTranslation } from 'react-i18next';
import { PageTitle } from '../../components/page-title.js';
import { ForgotPasswordForm } from '../../features/auth/components/forgot-password-form.js';

export default function ForgotPasswordPage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle>{t('ui.auth.forgot.title')}</PageTitle>
      <ForgotPasswordForm />
    </>
  );
}
