import { AppShell, Burger, Group, Text, ThemeIcon } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LanguageSelect, SkipLink } from '@smartcrm/ui';
import { IconChartDots3 } from '@tabler/icons-react';
import { Outlet } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { UserMenu } from '../../auth/components/UserMenu';
import { AgentAvailabilitySwitch } from '../../tickets/components/AgentAvailabilitySwitch';
import classes from './AppLayout.module.css';
import { MainNavigation } from './MainNavigation';

export function AppLayout() {
  const { t } = useI18n();
  const [navigationOpen, navigation] = useDisclosure(false);

  return (
    <AppShell
      header={{ height: 64 }}
      navbar={{ width: 240, breakpoint: 'sm', collapsed: { mobile: !navigationOpen } }}
      padding={{ base: 'md', md: 'xl' }}
    >
      <SkipLink targetId="main-content" />
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger
              opened={navigationOpen}
              onClick={navigation.toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.toggle')}
            />
            <ThemeIcon size={34} radius="md" variant="filled" aria-hidden>
              <IconChartDots3 size={20} />
            </ThemeIcon>
            <Text fw={700} size="lg" visibleFrom="xs">
              {t('app.name')}
            </Text>
            <Text c="dimmed" size="sm" visibleFrom="md">
              {t('app.area')}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <AgentAvailabilitySwitch />
            <LanguageSelect size="xs" />
            <UserMenu />
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <MainNavigation onNavigate={navigation.close} />
      </AppShell.Navbar>
      <AppShell.Main id="main-content" tabIndex={-1} className={classes.main}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
