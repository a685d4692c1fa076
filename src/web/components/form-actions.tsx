import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** The footer of every form dialog: cancel, then submit (labelled "Simpan" unless told otherwise). */
export function FormActions({ onCancel, loading, submitLabel }: { onCancel: () => void; loading: boolean; submitLabel?: string }) {
  const { t } = useTranslation();
  return (
    <Group justify="flex-end">
      <Button variant="default" onClick={onCancel}>
        {t('ui.common.cancel')}
      </Button>
      <Button type="submit" loading={loading}>
        {submitLabel ?? t('ui.common.save')}
      </Button>
    </Group>
  );
}
