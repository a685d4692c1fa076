import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function MasterItemStatus({ active }: { active: boolean }) {
  const { t } = useTranslation();
  return (
    <Badge variant="light" color={active ? 'blue' : 'gray'}>
      {active ? t('ui.common.active') : t('ui.common.inactive')}
    </Badge>
  );
}
