import { lazy, Suspense, useEffect, type ReactNode } from 'react';
import { Navigate, Outlet, useLocation } from 'react-router';
import { navigationFor, type NavKey } from '../../domain/navigation.js';
import { PageLoader } from '../components/page-loader.js';
import { useMe } from '../features/auth/api/use-me.js';
import { useSetupStatus } from '../features/setup/api/use-setup-status.js';
import { ForbiddenPage } from './pages/forbidden-page.js';
import { UnreachablePage } from './pages/unreachable-page.js';
import { useSignedIn } from './use-signed-in.js';

// The signed-in shell (menus, popovers) is not needed to show the sign-in page, so it is not in the first chunk.
const loadAppLayout = () => import('./layout/app-layout.js');
const AppLayout = lazy(async () => ({ default: (await loadAppLayout()).AppLayout }));

/** Until the first admin has set Lumbung up, every address shows the setup page. */
export function RequireSetup() {
  const status = useSetupStatus();
  const { pathname } = useLocation();
  // The account is fetched alongside the setup check, not after it; once signed in, so is the shell.
  const signedIn = Boolean(useMe().data);
  useEffect(() => {
    if (signedIn) void loadAppLayout();
  }, [signedIn]);
  if (status.isPending) return <PageLoader />;
  if (status.isError) return <UnreachablePage error={status.error} onRetry={() => void status.refetch()} />;
  if (status.data.needsSetup && pathname !== '/setup') return <Navigate to="/setup" replace />;
  if (!status.data.needsSetup && pathname === '/setup') return <Navigate to="/dasbor" replace />;
  return <Outlet />;
}

/** Signed-out visitors go to the sign-in page, which brings them back here afterwards. */
export function RequireSignIn() {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <PageLoader />;
  if (me.isError) return <UnreachablePage error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data) return <Navigate to="/masuk" replace state={{ from: location.pathname + location.search }} />;
  return (
    <Suspense fallback={<PageLoader />}>
      <AppLayout me={me.data} />
    </Suspense>
  );
}

/** A page the account's roles may not open shows why instead of the page. */
export function Allowed({ page, children }: { page: NavKey; children: ReactNode }) {
  const me = useSignedIn();
  return navigationFor(me.roles).some((item) => item.key === page) ? children : <ForbiddenPage />;
}
