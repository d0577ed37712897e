import { NavLink, Stack } from '@mantine/core';
import {
  type Icon,
  IconBox,
  IconBuildingStore,
  IconId,
  IconLifebuoy,
  IconReceipt,
} from '@tabler/icons-react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';

type Section = { path: string; label: MessageKey; icon: Icon };

const sections: Section[] = [
  { path: '/products', label: 'nav.products', icon: IconBox },
  { path: '/clients', label: 'nav.clients', icon: IconBuildingStore },
  { path: '/orders', label: 'nav.orders', icon: IconReceipt },
  { path: '/tickets', label: 'nav.tickets', icon: IconLifebuoy },
  { path: '/employees', label: 'nav.employees', icon: IconId },
];

export type MainNavigationProps = { onNavigate?: () => void };

export function MainNavigation({ onNavigate }: MainNavigationProps) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  return (
    <Stack component="nav" aria-label={t('nav.label')} gap={4}>
      {sections.map(({ path, label, icon: SectionIcon }) => {
        const active = pathname === path || pathname.startsWith(`${path}/`);
        return (
          <NavLink
            key={path}
            component={RouterNavLink}
            to={path}
            label={t(label)}
            leftSection={<SectionIcon size={18} stroke={1.75} aria-hidden />}
            active={active}
            aria-current={active ? 'page' : undefined}
            onClick={onNavigate}
            variant="light"
            styles={{ root: { borderRadius: 'var(--mantine-radius-md)' }, label: { fontWeight: 500 } }}
          />
        );
      })}
    </Stack>
  );
}
