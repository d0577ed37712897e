import { Avatar, Group, Loader, Menu, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconDevicesOff, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { useCurrentUser } from '../api/useCurrentUser';
import { useSignOut } from '../api/useSignOut';
import { useSignOutEverywhere } from '../api/useSignOutEverywhere';
import { useSession } from '../hooks/useSession';
import { roleMessageKey } from '../utils/role-label';

export function UserMenu() {
  const { t } = useI18n();
  const { session } = useSession();
  useCurrentUser(Boolean(session));
  const signOut = useSignOut();
  const signOutEverywhere = useSignOutEverywhere();
  if (!session) return null;

  const { user } = session;
  const displayName = user.name ?? user.username;
  const roleKey = roleMessageKey(user.role);
  const pending = signOut.isPending || signOutEverywhere.isPending;
  const pendingIcon = <Loader size={14} aria-hidden />;

  return (
    <Menu position="bottom-end" width={260} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('auth.accountMenu', { name: displayName })}>
          <Group gap="sm" wrap="nowrap">
            <Avatar src={user.avatarUrl} name={displayName} color="initials" size="md" aria-hidden />
            <Stack gap={0} visibleFrom="sm">
              <Text size="sm" fw={600} data-testid="current-user-name">
                {displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {roleKey ? t(roleKey) : user.role}
              </Text>
            </Stack>
            <IconChevronDown size={16} aria-hidden />
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item component={Link} to="/profile" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('profile.menu')}
        </Menu.Item>
        <Menu.Divider />
        {/* The menu stays open until the server has answered, so a failure can be shown where it happened. */}
        <Menu.Item
          closeMenuOnClick={false}
          disabled={pending}
          leftSection={signOut.isPending ? pendingIcon : <IconLogout size={16} aria-hidden />}
          onClick={() => signOut.mutate()}
        >
          {t('auth.signOut')}
        </Menu.Item>
        <Menu.Item
          closeMenuOnClick={false}
          disabled={pending}
          leftSection={signOutEverywhere.isPending ? pendingIcon : <IconDevicesOff size={16} aria-hidden />}
          onClick={() => signOutEverywhere.mutate()}
        >
          {t('auth.signOutEverywhere')}
        </Menu.Item>
        {(signOut.isError || signOutEverywhere.isError) && (
          <Text role="alert" size="xs" c="red.8" px="sm" py={6} maw={260}>
            {t('auth.signOutFailed')}
          </Text>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
