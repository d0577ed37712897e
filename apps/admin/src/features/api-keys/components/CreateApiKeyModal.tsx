import { Button, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { CreatedApiKey } from '../api/api-key-types';
import { CreateApiKeyForm } from './CreateApiKeyForm';
import { NewApiKeySecret } from './NewApiKeySecret';

export type CreateApiKeyModalProps = { opened: boolean; onClose: () => void };

/** Create a key, then show it once; closing forgets it for good. */
export function CreateApiKeyModal({ opened, onClose }: CreateApiKeyModalProps) {
  const { t } = useI18n();
  const [created, setCreated] = useState<CreatedApiKey | null>(null);

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      // Forgotten once the dialog has gone, so the form does not flash up again while it fades out.
      onExitTransitionEnd={() => setCreated(null)}
      title={created ? t('apiKeys.secret.title') : t('apiKeys.create.title')}
      size="lg"
      radius="md"
      // A stray click beside the dialog must not throw away a key that cannot be shown again.
      closeOnClickOutside={!created}
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      {created ? (
        <Stack gap="md">
          <NewApiKeySecret created={created} />
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('action.done')}</Button>
          </Group>
        </Stack>
      ) : (
        <CreateApiKeyForm onCreated={setCreated} onCancel={onClose} />
      )}
    </Modal>
  );
}
