import { Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MasterItem } from '../../../../domain/contracts/master-data.js';
import { MasterItemStatus } from './master-item-status.js';

type Props = {
  items: MasterItem[];
  groupName?: (item: MasterItem) => string;
  actions: (item: MasterItem, index: number) => ReactNode;
};

/** A list's items on a phone: a table would make a 360 px wide page scroll sideways. */
export function MasterItemCards({ items, groupName, actions }: Props) {
  const { t } = useTranslation();
  if (items.length === 0) return <Text>{t('ui.common.empty')}</Text>;
  return (
    <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {items.map((item, index) => (
        <Card key={item.id} withBorder padding="sm" component="li">
          <Title order={3} size="h5" style={{ overflowWrap: 'anywhere' }}>
            {item.name}
          </Title>
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {t('ui.masterData.code')}: <code>{item.code}</code>
          </Text>
          {groupName && (
            <Text size="sm">
              {t('ui.masterData.group')}: {groupName(item)}
            </Text>
          )}
          <Group justify="space-between" mt="xs">
            <MasterItemStatus active={item.active} />
            {actions(item, index)}
          </Group>
        </Card>
      ))}
    </Stack>
  );
}
