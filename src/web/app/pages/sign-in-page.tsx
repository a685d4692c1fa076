import { Anchor, Button, Collapse, Divider, Stack, Text } from '@mantine/core';
import { useMutationState } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation, useSearchParams } from 'react-router';
import type { SignInInput } from '../../../domain/contracts/auth.js';
import { safeReturnPath } from '../../../domain/portal/return-path.js';
import { PageLoader } from '../../components/page-loader.js';
import { PageTitle } from '../../components/page-title.js';
import { useMe } from '../../features/auth/api/use-me.js';
import { SignInForm } from '../../features/auth/components/sign-in-form.js';
import { ResendVerificationForm } from '../../features/citizens/components/resend-verification-form.js';
import { ApiError } from '../../lib/api.js';

/** A public page (`/ide/…`) is served by the server, not the app: leave with a full page load. */
function LeaveTo({ path }: { path: string }) {
  useEffect(() => window.location.replace(path), [path]);
  return <PageLoader />;
}

/**
 * The e-mail of the latest sign-in the server refused because the address is not verified yet
 * (the form's own error alert already shows the server's message); null if there was none.
 */
function useUnverifiedEmail(): string | null {
  const refused = useMutationState({
    filters: { status: 'error', predicate: (m) => m.state.error instanceof ApiError && m.state.error.code === 'EMAIL_NOT_VERIFIED' },
    select: (m) => (m.state.variables as SignInInput | undefined)?.email ?? '',
  });
  return refused.length ? (refused[refused.length - 1] ?? '') : null;
}

export default function SignInPage() {
  const { t } = useTranslation();
  const me = useMe();
  const { state } = useLocation() as { state: { from?: string } | null };
  // `?kembali=` comes from the public portal; only a path on this site is followed (and never this page: it would loop).
  const kembali = safeReturnPath(useSearchParams()[0].get('kembali'), '');
  const back = kembali && !/^\/masuk(?:[?#/]|$)/.test(kembali) ? kembali : null;
  const unverified = useUnverifiedEmail();
  const [resendOpen, setResendOpen] = useState(false);
  if (me.data) return back ? <LeaveTo path={back} /> : <Navigate to={state?.from ?? '/dasbor'} replace />;
  const showResend = resendOpen || unverified !== null;
  return (
    <>
      <PageTitle>{t('ui.auth.signInTitle')}</PageTitle>
      <SignInForm />
      <Divider my="lg" />
      <Stack gap="xs">
        <Text size="sm">
          {t('ui.citizen.signIn.noAccount')}{' '}
          <Anchor component={Link} to="/daftar">
            {t('ui.citizen.signIn.register')}
          </Anchor>
        </Text>
        <Text size="sm">
          {t('ui.citizen.signIn.notVerified')}{' '}
          {!showResend && (
            <Button variant="subtle" size="compact-sm" onClick={() => setResendOpen(true)} aria-expanded={false}>
              {t('ui.citizen.signIn.resendOpen')}
            </Button>
          )}
        </Text>
        <Collapse expanded={showResend}>
          {/* Keyed by the refused address so the field fills in with it. */}
          {showResend && <ResendVerificationForm key={unverified ?? ''} initialEmail={unverified ?? ''} />}
        </Collapse>
      </Stack>
    </>
  );
}
