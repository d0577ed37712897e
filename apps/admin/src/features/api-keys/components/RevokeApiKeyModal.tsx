import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { ApiKey } from '../api/api-key-types';
import { useRevokeApiKey } from '../api/useRevokeApiKey';
import { useApiKeyProblemMessages } from '../hooks/useApiKeyProblemMessages';

export type RevokeApiKeyModalProps = {
  /** The key asked about; it stays set while the dialog closes, so the text does not vanish mid-transition. */
  apiKey: ApiKey | null;
  opened: boolean;
  onClose: () => void;
  onRevoked: (apiKey: ApiKey) => void;
};

/** Revoking asks first: integrations using the key stop working at once, and it cannot be undone. */
export function RevokeApiKeyModal({ apiKey, opened, onClose, onRevoked }: RevokeApiKeyModalProps) {
  const { t } = useI18n();
  const revoke = useRevokeApiKey();
  const problemMessages = useApiKeyProblemMessages();

  const close = () => {
    onClose();
    revoke.reset();
  };
  const confirm = () => {
    if (!apiKey) return;
    revoke.mutate(apiKey.id, {
      onSuccess: () => {
        onRevoked(apiKey);
        close();
      },
    });
  };

  return (
    <Modal
      opened={opened && apiKey !== null}
      onClose={close}
      title={t('apiKeys.revoke.confirmTitle')}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {apiKey && (
        <Stack gap="md">
          <Text size="sm">
            {t('apiKeys.revoke.confirmText', { name: apiKey.name, prefix: `${apiKey.prefix}…` })}
          </Text>
          {revoke.isError && (
            <ProblemAlert
              error={revoke.error}
              title={t('apiKeys.revoke.failed')}
              messages={problemMessages}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('action.cancel')}
            </Button>
            <Button color="red" loading={revoke.isPending} onClick={confirm}>
              {t('apiKeys.revoke.confirm')}
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
