import { Group, Text, ThemeIcon, UnstyledButton } from '@mantine/core';
import { IconChartDots3 } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import classes from './SiteLogo.module.css';

export type SiteLogoProps = {
  /** Shows only the mark on very narrow screens; the link keeps its accessible name. */
  compact?: boolean;
};

export function SiteLogo({ compact = false }: SiteLogoProps) {
  const { t } = useI18n();
  return (
    <UnstyledButton
      component={Link}
      to="/"
      aria-label={`${t('app.name')} — ${t('nav.home')}`}
      className={compact ? classes.compact : undefined}
    >
      <Group gap="xs" wrap="nowrap">
        <ThemeIcon size={34} radius="md" aria-hidden>
          <IconChartDots3 size={20} />
        </ThemeIcon>
        <Text fw={800} size="lg" className={classes.name}>
          {t('app.name')}
        </Text>
      </Group>
    </UnstyledButton>
  );
}
