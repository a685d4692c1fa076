import { Group, Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type Props = { title: string; onClose: () => void; size?: ModalProps['size']; children: ReactNode };

/** A modal that is open while mounted. */
export function Dialog({ title, onClose, size, children }: Props) {
  const { t } = useTranslation();
  return (
    <Modal opened onClose={onClose} size={size} withCloseButton={false}>
      {/* Mantine's own header is a <header>, which would count as a second banner landmark. */}
      <Group justify="space-between" wrap="nowrap" mb="md">
        <Modal.Title fw={600}>{title}</Modal.Title>
        <Modal.CloseButton aria-label={t('ui.common.close')} />
      </Group>
      {children}
    </Modal>
  );
}
