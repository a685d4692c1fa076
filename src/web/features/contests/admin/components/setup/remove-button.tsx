import { Button, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** "Hapus" beside a list item, named after the item for screen readers. */
export function RemoveButton({ what, onClick, disabled }: { what: string; onClick: () => void; disabled?: boolean }) {
  const { t } = useTranslation();
  return (
    <Button variant="subtle" color="red" size="xs" onClick={onClick} disabled={disabled}>
      {t('ui.common.delete')}
      <VisuallyHidden> {what}</VisuallyHidden>
    </Button>
  );
}
