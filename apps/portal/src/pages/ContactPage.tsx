import { Container, Grid } from '@mantine/core';
import { ContactChannels } from '../features/contact/components/ContactChannels';
import { SupportForm } from '../features/contact/components/SupportForm';
import { useI18n } from '../i18n/useI18n';
import { PageIntro } from '../ui/PageIntro';

export function ContactPage() {
  const { t } = useI18n();
  return (
    <Container size="lg" py="xl">
      <PageIntro title={t('contact.title')} lead={t('contact.lead')} />
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 4 }}>
          <ContactChannels />
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8 }}>
          <SupportForm />
        </Grid.Col>
      </Grid>
    </Container>
  );
}
