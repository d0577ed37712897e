import { Avatar, Box, Button, Group, Loader, Menu, Skeleton, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout, IconUserCircle } from '@tabler/icons-react';
import { Link, NavLink } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { useCurrentUser } from '../api/useCurrentUser';
import { useSignOut } from '../api/useSignOut';
import { useSession } from '../hooks/useSession';
import { displayName } from '../utils/display-name';

/** The header's account corner: "Sign in" for visitors, the customer's menu once signed in. */
export function AccountMenu() {
  const { t } = useI18n();
  const { status, session } = useSession();
  useCurrentUser(status === 'signed-in');
  const signOut = useSignOut();

  if (status === 'restoring')
    return <Skeleton h={36} w={96} radius="md" aria-label={t('nav.checkingSession')} role="status" />;
  if (!session)
    return (
      <Button component={NavLink} to="/sign-in" variant="default" size="sm">
        {t('nav.signIn')}
      </Button>
    );

  const name = displayName(session.user);
  return (
    <Menu position="bottom-end" width={240} shadow="md">
      <Menu.Target>
        <UnstyledButton aria-label={t('nav.accountMenu', { name })}>
          {/* The name is in the label and the menu: beside the site's navigation there is no room for it. */}
          <Group gap={4} wrap="nowrap">
            <Avatar name={name} color="initials" size={34} aria-hidden />
            <Box visibleFrom="xs" display="flex">
              <IconChevronDown size={16} aria-hidden />
            </Box>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Box px="sm" py={6}>
          <Text size="sm" fw={600} truncate="end">
            {name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {session.user.email}
          </Text>
        </Box>
        <Menu.Divider />
        <Menu.Item component={Link} to="/account" leftSection={<IconUserCircle size={16} aria-hidden />}>
          {t('nav.account')}
        </Menu.Item>
        {/* Stays open until the server has answered, so a failure shows where it happened. */}
        <Menu.Item
          closeMenuOnClick={false}
          disabled={signOut.isPending}
          leftSection={
            signOut.isPending ? <Loader size={14} aria-hidden /> : <IconLogout size={16} aria-hidden />
          }
          onClick={() => signOut.mutate()}
        >
          {t('nav.signOut')}
        </Menu.Item>
        {signOut.isError && (
          <Text role="alert" size="xs" c="red.8" px="sm" py={6}>
            {t('nav.signOutFailed')}
          </Text>
        )}
      </Menu.Dropdown>
    </Menu>
  );
}
