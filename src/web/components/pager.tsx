import { Group, Pagination, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

type Props = { page: number; pageSize: number; total: number; onChange: (page: number) => void };

export function Pager({ page, pageSize, total, onChange }: Props) {
  const { t } = useTranslation();
  const pages = Math.max(1, Math.ceil(total / pageSize));
  if (total === 0) return null;
  return (
    <Group justify="space-between" mt="md" gap="sm">
      <Text size="sm" c="dimmed">
        {t('ui.pager.range', { from: (page - 1) * pageSize + 1, to: Math.min(total, page * pageSize), total })}
      </Text>
      {pages > 1 && (
        <Pagination
          component="nav"
          aria-label={t('ui.pager.label')}
          total={pages}
          value={page}
          onChange={onChange}
          siblings={0}
          getItemProps={(p) => ({ 'aria-label': t('ui.pager.page', { page: p }) })}
          getControlProps={(control) => ({ 'aria-label': t(`ui.pager.${control}`) })}
        />
      )}
    </Group>
  );
}
