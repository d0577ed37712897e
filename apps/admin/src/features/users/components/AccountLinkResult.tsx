import { Alert, Stack, Text } from '@mantine/core';
import type { AccountLink } from '@smartcrm/api-client';
import { IconInfoCircle } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { CopyableValue } from '../../../ui/CopyableValue';
import type { AccountLinkKind } from '../api/useIssueAccountLink';

export type AccountLinkResultProps = { kind: AccountLinkKind; link: AccountLink };

/**
 * A link the admin has to pass on: nothing emails it yet, so it is shown here with a copy button, when it
 * expires and how it may be used.
 */
export function AccountLinkResult({ kind, link }: AccountLinkResultProps) {
  const { t, format } = useI18n();

  return (
    <Stack gap="xs" data-testid="account-link">
      <CopyableValue
        label={kind === 'invitation' ? t('links.invitationLink') : t('links.resetLink')}
        value={link.url}
        messages={{
          copy: t('links.copy'),
          copied: t('links.copied'),
          copiedStatus: t('links.copiedStatus'),
          copyFailed: t('links.copyFailed'),
        }}
        hint={t('links.expires', { time: format.dateTime(link.expiresAt) })}
      />
      <Alert variant="light" color="blue" icon={<IconInfoCircle aria-hidden />} mt="xs">
        <Text size="sm">{kind === 'invitation' ? t('links.invitationNote') : t('links.resetNote')}</Text>
      </Alert>
    </Stack>
  );
}
