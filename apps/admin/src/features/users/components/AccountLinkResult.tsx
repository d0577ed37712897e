import { Alert, Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import type { AccountLink } from '@smartcrm/api-client';
import { IconCheck, IconCopy, IconInfoCircle } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import type { AccountLinkKind } from '../api/useIssueAccountLink';

export type AccountLinkResultProps = { kind: AccountLinkKind; link: AccountLink };

/**
 * A link the admin has to pass on: nothing emails it yet, so it is shown here with a copy button, when it
 * expires and how it may be used.
 */
export function AccountLinkResult({ kind, link }: AccountLinkResultProps) {
  const { t, format } = useI18n();
  const clipboard = useClipboard({ timeout: 2500 });
  const label = kind === 'invitation' ? t('links.invitationLink') : t('links.resetLink');
  const copyStatus = clipboard.error
    ? t('links.copyFailed')
    : clipboard.copied
      ? t('links.copiedStatus')
      : '';

  return (
    <Stack gap="xs" data-testid="account-link">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={label}
          value={link.url}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        <Button
          variant={clipboard.copied ? 'light' : 'filled'}
          color={clipboard.copied ? 'green' : undefined}
          leftSection={
            clipboard.copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
          }
          onClick={() => clipboard.copy(link.url)}
          miw={128}
        >
          {clipboard.copied ? t('links.copied') : t('links.copy')}
        </Button>
      </Group>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {t('links.expires', { time: format.dateTime(link.expiresAt) })}
        </Text>
        <Text size="sm" role="status" c={clipboard.error ? 'red.8' : 'green.9'}>
          {copyStatus}
        </Text>
      </Group>
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} mt="xs">
        <Text size="sm">{kind === 'invitation' ? t('links.invitationNote') : t('links.resetNote')}</Text>
      </Alert>
    </Stack>
  );
}
