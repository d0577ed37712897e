import { Alert, Anchor, Group, SimpleGrid, Stack } from '@mantine/core';
import type { ManagedUser } from '@smartcrm/api-client';
import { languages } from '@smartcrm/ui';
import { IconCircleCheck, IconHistory } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { SectionCard } from '../../../ui/SectionCard';
import { useSession } from '../../auth/hooks/useSession';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordDetail } from '../../listing/components/RecordDetail';
import { accountStatus, accountStatusStyles } from '../utils/account-status';
import { roleStyles } from '../utils/user-roles';
import { DeleteUserSection } from './DeleteUserSection';
import { UserAccessLinks } from './UserAccessLinks';
import { UserEditForm } from './UserEditForm';

export type UserDetailProps = { user: ManagedUser };

export function UserDetail({ user }: UserDetailProps) {
  const { t, format } = useI18n();
  const { session } = useSession();
  const [saved, setSaved] = useState(false);
  const isSelf = session?.user.id === user.id;
  const none = t('field.none');
  const language = languages.find((entry) => entry.value === user.locale)?.label ?? user.locale;

  return (
    <RecordDetail
      title={user.name ?? user.email}
      subtitle={user.name ? user.email : undefined}
      badge={
        <Group gap="xs">
          <EnumBadge value={user.role} styles={roleStyles} />
          <EnumBadge value={accountStatus(user)} styles={accountStatusStyles} />
        </Group>
      }
      record={user}
      fields={[
        { label: t('field.email'), value: <Anchor href={`mailto:${user.email}`}>{user.email}</Anchor> },
        { label: t('users.username'), value: user.username },
        ...(user.clientId === null
          ? []
          : [
              {
                label: t('users.client'),
                value: (
                  <Anchor component={Link} to={`/clients/${user.clientId}`}>
                    #{user.clientId}
                  </Anchor>
                ),
              },
            ]),
        {
          label: t('users.lastLogin'),
          value: user.lastLogin ? format.dateTime(user.lastLogin) : t('users.never'),
        },
        { label: t('profile.phone'), value: user.phone ?? none },
        { label: t('profile.language'), value: language },
        { label: t('profile.timeZone'), value: user.timeZone },
      ]}
    >
      <Group justify="flex-end" mt={-4}>
        <Anchor component={Link} to={`/audit?resource=user&resourceId=${user.id}`} size="sm">
          <Group gap={4} component="span">
            <IconHistory size={16} aria-hidden />
            {t('users.activity')}
          </Group>
        </Anchor>
      </Group>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <SectionCard title={t('users.edit.title')} description={t('users.edit.description')}>
          <Stack gap="md">
            {saved && (
              <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
                {t('users.edit.saved')}
              </Alert>
            )}
            <UserEditForm key={user.version} user={user} isSelf={isSelf} onSaved={() => setSaved(true)} />
          </Stack>
        </SectionCard>
        <Stack gap="md">
          <SectionCard title={t('links.title')} description={t('links.description')}>
            <UserAccessLinks user={user} />
          </SectionCard>
          <SectionCard title={t('users.delete.title')} danger>
            <DeleteUserSection user={user} isSelf={isSelf} />
          </SectionCard>
        </Stack>
      </SimpleGrid>
    </RecordDetail>
  );
}
