import { Modal, type ModalProps } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n';

export type SettingsModalProps = {
  opened: boolean;
  title: string;
  onClose: () => void;
  size?: ModalProps['size'];
  children: ReactNode;
};

/** The dialog every settings form opens in; its content mounts afresh each time it opens. */
export function SettingsModal({ opened, title, onClose, size = 'lg', children }: SettingsModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size={size}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {opened && children}
    </Modal>
  );
}
