import { AppShell, Box, Burger, Group, NavLink, Text } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation } from 'react-router';
import type { Me } from '../../../domain/contracts/auth.js';
import { navigationFor } from '../../../domain/navigation.js';
import { LanguageSwitch } from '../../components/language-switch.js';
import { PageLoader } from '../../components/page-loader.js';
import { AccountMenu } from '../../features/auth/components/account-menu.js';
import { useMe } from '../../features/auth/api/use-me.js';
import { MyExportsMenu } from '../../features/exports/components/my-exports-menu.js';
import { useRegion } from '../../features/region/api/use-region.js';
import { NotificationBell } from '../../features/review/components/notification-bell.js';
import { TimeZoneContext } from '../../lib/format.js';

export function AppLayout({ me }: { me: Me }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const [navOpened, nav] = useDisclosure();
  // Below Mantine's `sm` breakpoint (48em) the navbar hides behind the burger.
  const phone = useMediaQuery('(max-width: 47.99em)', false, { getInitialValueInEffect: false });
  const region = useRegion();
  // Re-fetched after a logo upload, so the time doubles as the logo's cache buster.
  const { dataUpdatedAt } = useMe();
  const isActive = (path: string) => pathname.startsWith(path);

  return (
    <TimeZoneContext value={region.data?.timeZone ?? 'Asia/Jakarta'}>
      <AppShell header={{ height: 56 }} navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navOpened } }} padding="md">
        <AppShell.Header>
          <Group h="100%" px="md" gap="sm" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" style={{ minWidth: 0 }}>
              <Burger
                opened={navOpened}
                onClick={nav.toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={t('ui.layout.toggleNav')}
                aria-expanded={navOpened}
              />
              {me.region.hasLogo && (
                <img src={`/api/regions/${me.region.id}/logo?v=${dataUpdatedAt}`} alt="" height={32} width={32} style={{ objectFit: 'contain' }} />
              )}
              <Text fw={700} truncate>
                {me.region.bodyName}
              </Text>
            </Group>
            <Group gap="xs" wrap="nowrap">
              {/* On a phone the switch and the exports wait behind the burger, leaving the header room for the body's name. */}
              {!phone && <LanguageSwitch />}
              {!phone && <MyExportsMenu />}
              <NotificationBell />
              <AccountMenu me={me} />
            </Group>
          </Group>
        </AppShell.Header>
        <AppShell.Navbar
          p="xs"
          aria-label={t('ui.layout.mainNav')}
          // Mantine only slides a collapsed navbar off-screen; hidden, its links also leave the tab order.
          style={phone && !navOpened ? { visibility: 'hidden' } : undefined}
        >
          {navigationFor(me.roles).map((item) => (
            <NavLink
              key={item.key}
              component={Link}
              to={item.path}
              label={t(`ui.nav.${item.key}`)}
              active={isActive(item.path)}
              aria-current={isActive(item.path) ? 'page' : undefined}
              data-nav={item.key}
              onClick={nav.close}
            />
          ))}
          {/* The public portal is served by the server (not this app's router): a plain link, a full page load. */}
          <NavLink component="a" href="/" label={t('ui.nav.portal')} mt="xs" />
          {phone && <LanguageSwitch mt="md" style={{ alignSelf: 'flex-start' }} />}
          {phone && (
            <Box mt="sm" style={{ alignSelf: 'flex-start' }}>
              <MyExportsMenu labelled />
            </Box>
          )}
        </AppShell.Navbar>
        <AppShell.Main>
          <Suspense fallback={<PageLoader />}>
            <Outlet />
          </Suspense>
        </AppShell.Main>
      </AppShell>
    </TimeZoneContext>
  );
}
