import { Button, Card, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { navigationFor } from '../../../domain/navigation.js';
import { PageTitle } from '../../components/page-title.js';
import { useSignedIn } from '../use-signed-in.js';

export default function DashboardPage() {
  const { t } = useTranslation();
  const me = useSignedIn();
  const cards = navigationFor(me.roles).filter(
    (item): item is Exclude<typeof item, { key: 'dashboard' }> => item.key !== 'dashboard',
  );
  return (
    <>
      <PageTitle>{t('ui.dashboard.greeting', { name: me.name })}</PageTitle>
      <Text>
        {me.region.bodyName} · {me.region.name}
      </Text>
      <Text mb="lg">{t('ui.dashboard.roles', { roles: me.roles.map((r) => t(`ui.roles.${r}`)).join(', ') })}</Text>
      {cards.length === 0 && <Text>{t('ui.dashboard.comingSoon')}</Text>}
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
        {cards.map((item) => (
          <Card key={item.key} withBorder padding="lg">
            <Title order={2} size="h4">
              {t(`ui.nav.${item.key}`)}
            </Title>
            <Text size="sm" my="sm" style={{ flex: 1 }}>
              {t(`ui.dashboard.cards.${item.key}.text`)}
            </Text>
            <Button component={Link} to={item.path} variant="light">
              {t(`ui.dashboard.cards.${item.key}.action`)}
            </Button>
          </Card>
        ))}
      </SimpleGrid>
    </>
  );
}
