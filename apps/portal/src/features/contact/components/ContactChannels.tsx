import { Anchor, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBriefcase, IconHeadset, IconPhone } from '@tabler/icons-react';
import { contact } from '../../../config';
import { useI18n } from '../../../i18n/useI18n';

export function ContactChannels() {
  const { t } = useI18n();
  const channels = [
    {
      icon: IconBriefcase,
      title: t('contact.salesTitle'),
      text: t('contact.salesText'),
      href: `mailto:${contact.salesEmail}`,
      link: contact.salesEmail,
    },
    {
      icon: IconHeadset,
      title: t('contact.supportTitle'),
      text: t('contact.supportText'),
      href: `mailto:${contact.supportEmail}`,
      link: contact.supportEmail,
    },
    {
      icon: IconPhone,
      title: t('contact.phoneTitle'),
      text: t('contact.phoneText'),
      href: contact.phoneHref,
      link: contact.phone,
    },
  ];

  return (
    <Stack gap="md">
      {channels.map(({ icon: ChannelIcon, title, text, href, link }) => (
        <Paper key={title} withBorder radius="lg" p="lg">
          <Stack gap={6}>
            <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
              <ChannelIcon size={22} stroke={1.75} />
            </ThemeIcon>
            <Title order={2} size="h4">
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {text}
            </Text>
            <Anchor href={href} fw={600}>
              {link}
            </Anchor>
          </Stack>
        </Paper>
      ))}
    </Stack>
  );
}
