import { Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconChartDots3 } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';

export function SiteLogo() {
  const { t } = useI18n();
  return (
    <UnstyledButton component={Link} to="/" aria-label={`${t('app.name')} — ${t('nav.home')}`}>
      <Group gap="xs" wrap="nowrap">
        <ThemeIcon size={34} radius="md" aria-hidden>
          <IconChartDots3 size={20} />
        </ThemeIcon>
        <Text fw={800} size="lg">
          {t('app.name')}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
