import { ActionIcon, Avatar, Button, Group, Stack, Text } from '@mantine/core';
import { IconLogout } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { useCurrentUser } from '../api/useCurrentUser';
import { useSession } from '../hooks/useSession';
import { useSignOut } from '../hooks/useSignOut';
import { roleMessageKey } from '../utils/role-label';

export function UserMenu() {
  const { t } = useI18n();
  const { session } = useSession();
  useCurrentUser(Boolean(session));
  const signOut = useSignOut();
  if (!session) return null;

  const { user } = session;
  const displayName = user.name ?? user.username;
  const roleKey = roleMessageKey(user.role);

  return (
    <Group gap="sm" wrap="nowrap">
      <Avatar name={displayName} color="initials" size="md" aria-hidden />
      <Stack gap={0} visibleFrom="sm">
        <Text size="sm" fw={600} data-testid="current-user-name">
          {displayName}
        </Text>
        <Text size="xs" c="dimmed">
          {roleKey ? t(roleKey) : user.role}
        </Text>
      </Stack>
      <Button
        variant="default"
        size="sm"
        leftSection={<IconLogout size={16} aria-hidden />}
        onClick={signOut}
        visibleFrom="sm"
      >
        {t('auth.signOut')}
      </Button>
      <ActionIcon
        variant="default"
        size="lg"
        onClick={signOut}
        hiddenFrom="sm"
        aria-label={t('auth.signOut')}
      >
        <IconLogout size={18} aria-hidden />
      </ActionIcon>
    </Group>
  );
}
