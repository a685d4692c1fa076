import { List, ScrollArea, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../../../components/confirm-dialog.js';
import { notifySuccess } from '../../../lib/notify.js';
import { useDecreeDraft } from '../api/use-decree-draft.js';

export type DecreeItem = { id: string; name: string; unitName: string };

/** Confirms the innovations a draft designation decree names, then downloads the PDF. */
export function DecreeDialog({ items, onClose }: { items: DecreeItem[]; onClose: () => void }) {
  const { t } = useTranslation();
  const draft = useDecreeDraft();
  const confirm = () =>
    draft.mutate(
      { innovationIds: items.map((i) => i.id) },
      {
        onSuccess: () => {
          notifySuccess(t('ui.letters.decree.downloaded'));
          onClose();
        },
      },
    );

  return (
    <ConfirmDialog
      title={t('ui.letters.decree.title')}
      message={t('ui.letters.decree.confirm', { count: items.length })}
      confirmLabel={t('ui.letters.decree.download')}
      onConfirm={confirm}
      onClose={onClose}
      loading={draft.isPending}
      error={draft.error}
    >
      <ScrollArea.Autosize mah={260} type="auto" viewportProps={{ tabIndex: 0 }}>
        <List size="sm" aria-label={t('ui.letters.decree.listLabel')}>
          {items.map((i) => (
            <List.Item key={i.id}>
              {i.name}
              <Text span size="xs" c="dimmed">
                {` · ${i.unitName}`}
              </Text>
            </List.Item>
          ))}
        </List>
      </ScrollArea.Autosize>
      <Text size="sm">{t('ui.letters.decree.executors')}</Text>
    </ConfirmDialog>
  );
}
