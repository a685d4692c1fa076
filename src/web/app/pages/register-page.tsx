import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router';
import { PageTitle } from '../../components/page-title.js';
import { useMe } from '../../features/auth/api/use-me.js';
import { CheckEmail } from '../../features/citizens/components/check-email.js';
import { RegisterForm } from '../../features/citizens/components/register-form.js';

/** `/daftar`: a citizen registers, then is asked to open the link mailed to them. */
export default function RegisterPage() {
  const { t } = useTranslation();
  const me = useMe();
  const [sentTo, setSentTo] = useState<string | null>(null);
  if (me.data && !sentTo) return <Navigate to="/ide-saya" replace />;
  return (
    <>
      <PageTitle>{t('ui.citizen.register.title')}</PageTitle>
      {sentTo ? <CheckEmail email={sentTo} /> : <RegisterForm onDone={setSentTo} />}
    </>
  );
}
