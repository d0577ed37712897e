import { Container, Grid, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useMyCompany } from '../features/account/api/useMyCompany';
import { ChangePasswordForm } from '../features/account/components/ChangePasswordForm';
import { OrdersList } from '../features/account/components/OrdersList';
import { ProfileForm } from '../features/account/components/ProfileForm';
import { SignOutEverywhere } from '../features/account/components/SignOutEverywhere';
import { TicketsList } from '../features/account/components/TicketsList';
import { useSession } from '../features/auth/hooks/useSession';
import { displayName } from '../features/auth/utils/display-name';
import { useI18n } from '../i18n/useI18n';
import { PageIntro } from '../ui/PageIntro';
import { SectionCard } from '../ui/SectionCard';

/** The signed-in customer's page; the router wraps it in RequireSession. */
export function AccountPage() {
  const { t } = useI18n();
  const { session } = useSession();
  const company = useMyCompany();
  const ordersTitleId = useId();
  const ticketsTitleId = useId();
  if (!session) return null;
  const { user } = session;

  return (
    <Container size="lg" py="xl">
      <PageIntro title={t('account.title')} lead={t('account.greeting', { name: displayName(user) })} />
      {company.data && (
        <Text c="dimmed" mt={-24} mb="xl">
          {t('account.companyOf', { company: company.data.companyName })}
        </Text>
      )}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 7 }}>
          <Stack gap="xl">
            <SectionCard title={t('account.orders.title')} titleId={ordersTitleId}>
              <OrdersList labelledBy={ordersTitleId} />
            </SectionCard>
            <SectionCard title={t('account.tickets.title')} titleId={ticketsTitleId}>
              <TicketsList labelledBy={ticketsTitleId} />
            </SectionCard>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 5 }}>
          <Stack gap="xl">
            <SectionCard title={t('account.profile.title')}>
              <ProfileForm key={user.id} user={user} />
            </SectionCard>
            <SectionCard title={t('account.password.title')}>
              <ChangePasswordForm email={user.email} />
            </SectionCard>
            <SectionCard title={t('account.sessions.title')}>
              <SignOutEverywhere />
            </SectionCard>
          </Stack>
        </Grid.Col>
      </Grid>
    </Container>
  );
}
