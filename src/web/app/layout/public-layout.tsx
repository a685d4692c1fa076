import { Box, Container, Group, Text } from '@mantine/core';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet } from 'react-router';
import { LanguageSwitch } from '../../components/language-switch.js';
import { PageLoader } from '../../components/page-loader.js';

/** Pages before sign-in: a plain header and one narrow column. */
export function PublicLayout({ wide = false, children }: { wide?: boolean; children?: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <Box component="header" px="md" py="sm" style={{ borderBottom: '1px solid var(--mantine-color-gray-3)' }}>
        <Group justify="space-between">
          <Text fw={700} size="lg">
            {t('ui.appName')}
          </Text>
          <LanguageSwitch />
        </Group>
      </Box>
      <Container component="main" size={wide ? 640 : 440} py="xl">
        <Suspense fallback={<PageLoader />}>{children ?? <Outlet />}</Suspense>
      </Container>
    </>
  );
}
