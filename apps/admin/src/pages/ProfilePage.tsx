import { SimpleGrid, Stack } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { useCurrentUser } from '../features/auth/api/useCurrentUser';
import { ChangePasswordForm } from '../features/profile/components/ChangePasswordForm';
import { ProfileForm } from '../features/profile/components/ProfileForm';
import { useI18n } from '../i18n/useI18n';
import { PageHeader } from '../ui/PageHeader';
import { SectionCard } from '../ui/SectionCard';

export function ProfilePage() {
  const { t } = useI18n();
  const me = useCurrentUser(true);
  const [saved, setSaved] = useState(false);

  return (
    <Stack gap={0}>
      <PageHeader title={t('profile.title')} />
      {me.isPending ? (
        <LoadingState />
      ) : me.isError ? (
        <ErrorState error={me.error} onRetry={() => me.refetch()} />
      ) : (
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md" style={{ alignItems: 'start' }}>
          <SectionCard title={t('profile.detailsTitle')} description={t('profile.detailsDescription')}>
            <ProfileForm key={me.data.version} user={me.data} saved={saved} onSaved={() => setSaved(true)} />
          </SectionCard>
          <SectionCard title={t('password.changeTitle')} description={t('password.changeDescription')}>
            <ChangePasswordForm />
          </SectionCard>
        </SimpleGrid>
      )}
    </Stack>
  );
}
