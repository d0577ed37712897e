import { Alert, Button, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCircleCheck, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import type { ApiKey } from '../features/api-keys/api/api-key-types';
import { ApiKeyTable } from '../features/api-keys/components/ApiKeyTable';
import { CreateApiKeyModal } from '../features/api-keys/components/CreateApiKeyModal';
import { RevokeApiKeyModal } from '../features/api-keys/components/RevokeApiKeyModal';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';

export function ApiKeysPage() {
  const { t } = useI18n();
  const [creating, creation] = useDisclosure(false);
  const [revoking, revocation] = useDisclosure(false);
  const [target, setTarget] = useState<ApiKey | null>(null);
  const [revoked, setRevoked] = useState<string | null>(null);

  const askToRevoke = (key: ApiKey) => {
    setRevoked(null);
    setTarget(key);
    revocation.open();
  };

  return (
    <Stack gap={0}>
      <PageHeader
        title={t('apiKeys.title')}
        actions={
          <Button leftSection={<IconPlus size={18} aria-hidden />} onClick={creation.open}>
            {t('apiKeys.create.open')}
          </Button>
        }
      />
      <Text c="dimmed" size="sm" mt={-8} mb="md" maw={720}>
        {t('apiKeys.description')}
      </Text>
      {revoked && (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" mb="md">
          {t('apiKeys.revoke.done', { name: revoked })}
        </Alert>
      )}
      <ApiKeyTable onRevoke={askToRevoke} />
      <CreateApiKeyModal opened={creating} onClose={creation.close} />
      <RevokeApiKeyModal
        apiKey={target}
        opened={revoking}
        onClose={revocation.close}
        onRevoked={(key) => setRevoked(key.name)}
      />
    </Stack>
  );
}
