import { Anchor, Container, Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { contact } from '../../../config';
import { useI18n } from '../../../i18n/useI18n';
import { siteLinks } from '../utils/site-links';
import { SiteLogo } from './SiteLogo';

export function SiteFooter() {
  const { t } = useI18n();
  return (
    <Container component="footer" size="lg" py="xl" mt="xl">
      <Divider mb="xl" />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xl">
        <Stack gap="xs">
          <SiteLogo />
          <Text size="sm" c="dimmed">
            {t('footer.tagline')}
          </Text>
        </Stack>
        <Stack gap="xs" component="nav" aria-label={t('footer.navigation')}>
          <Text fw={600} size="sm">
            {t('footer.navigation')}
          </Text>
          {siteLinks.map((link) => (
            <Anchor key={link.to} component={Link} to={link.to} size="sm" c="gray.8">
              {t(link.label)}
            </Anchor>
          ))}
        </Stack>
        <Stack gap="xs">
          <Text fw={600} size="sm">
            {t('footer.contact')}
          </Text>
          <Anchor href={`mailto:${contact.salesEmail}`} size="sm" c="gray.8">
            {contact.salesEmail}
          </Anchor>
          <Anchor href={`mailto:${contact.supportEmail}`} size="sm" c="gray.8">
            {contact.supportEmail}
          </Anchor>
          <Anchor href={contact.phoneHref} size="sm" c="gray.8">
            {contact.phone}
          </Anchor>
        </Stack>
      </SimpleGrid>
      <Group mt="xl">
        <Text size="xs" c="dimmed">
          {t('footer.copyright', { year: new Date().getFullYear() })}
        </Text>
      </Group>
    </Container>
  );
}
