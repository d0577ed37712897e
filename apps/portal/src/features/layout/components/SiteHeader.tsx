import { Box, Burger, Button, Container, Drawer, Group, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { LanguageSelect } from '@smartcrm/ui';
import { NavLink } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { AccountMenu } from '../../auth/components/AccountMenu';
import { siteLinks } from '../utils/site-links';
import classes from './SiteHeader.module.css';
import { SiteLogo } from './SiteLogo';

export function SiteHeader() {
  const { t } = useI18n();
  const [menuOpen, menu] = useDisclosure(false);

  const links = siteLinks.map((link) => (
    <NavLink key={link.to} to={link.to} end={link.to === '/'} className={classes.link} onClick={menu.close}>
      {t(link.label)}
    </NavLink>
  ));

  return (
    <Box component="header" className={classes.header}>
      <Container size="lg" h="100%">
        <Group h="100%" justify="space-between" wrap="nowrap">
          <SiteLogo compact />
          <Group component="nav" aria-label={t('nav.label')} gap={4} visibleFrom="md">
            {links}
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Box visibleFrom="md">
              <LanguageSelect size="xs" />
            </Box>
            <AccountMenu />
            {/* The navigation links to Contact too; the button is for screens with room to spare. */}
            <Button component={NavLink} to="/contact" size="sm" visibleFrom="lg">
              {t('nav.talkToSales')}
            </Button>
            <Burger opened={menuOpen} onClick={menu.toggle} hiddenFrom="md" aria-label={t('nav.toggle')} />
          </Group>
        </Group>
      </Container>
      <Drawer
        opened={menuOpen}
        onClose={menu.close}
        hiddenFrom="md"
        size="xs"
        title={t('app.name')}
        position="right"
      >
        <Stack component="nav" aria-label={t('nav.label')} gap="xs">
          {links}
          <LanguageSelect />
        </Stack>
      </Drawer>
    </Box>
  );
}
