import { Button, Group, Stack, Text } from '@mantine/core';
import type { ManagedUser } from '@smartcrm/api-client';
import { IconKey, IconMailForward } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useIssueAccountLink } from '../api/useIssueAccountLink';
import { useUserProblemMessages } from '../hooks/useUserProblemMessages';
import { AccountLinkResult } from './AccountLinkResult';

export type UserAccessLinksProps = { user: ManagedUser };

/** New invitation and password-reset links, shown to the admin to pass on until email delivery exists. */
export function UserAccessLinks({ user }: UserAccessLinksProps) {
  const { t } = useI18n();
  const issue = useIssueAccountLink(user.id);
  const problemMessages = useUserProblemMessages();
  const pendingKind = issue.isPending ? issue.variables : null;

  const hint = !user.isActive
    ? t('links.inactiveHint')
    : user.hasPassword
      ? t('links.acceptedHint')
      : t('links.pendingHint');

  return (
    <Stack gap="md">
      <Text size="sm">{hint}</Text>
      <Group gap="sm">
        <Button
          variant="default"
          leftSection={<IconMailForward size={16} aria-hidden />}
          disabled={!user.isActive || user.hasPassword || issue.isPending}
          loading={pendingKind === 'invitation'}
          onClick={() => issue.mutate('invitation')}
        >
          {t('links.newInvitation')}
        </Button>
        <Button
          variant="default"
          leftSection={<IconKey size={16} aria-hidden />}
          disabled={!user.isActive || issue.isPending}
          loading={pendingKind === 'passwordReset'}
          onClick={() => issue.mutate('passwordReset')}
        >
          {t('links.newReset')}
        </Button>
      </Group>
      {issue.isError && (
        <ProblemAlert error={issue.error} title={t('links.failed')} messages={problemMessages} />
      )}
      {issue.data && (
        <AccountLinkResult key={issue.data.link.url} kind={issue.data.kind} link={issue.data.link} />
      )}
    </Stack>
  );
}
