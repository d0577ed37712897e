import { NavLink, Stack } from '@mantine/core';
import type { UserRole } from '@smartcrm/api-client';
import {
  type Icon,
  IconAdjustments,
  IconBox,
  IconBuildingStore,
  IconCategory,
  IconCertificate,
  IconChartBar,
  IconChartPie,
  IconChecklist,
  IconDiscount2,
  IconHierarchy2,
  IconHistory,
  IconId,
  IconKey,
  IconLifebuoy,
  IconMailForward,
  IconReceipt,
  IconSettingsCog,
  IconSitemap,
  IconUsers,
} from '@tabler/icons-react';
import { NavLink as RouterNavLink, useLocation } from 'react-router';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import { canReadReports } from '../../analytics/utils/report-access';
import { useSession } from '../../auth/hooks/useSession';
import { isAdministrator } from '../../auth/utils/staff-access';
import { canOpenClientSettings } from '../../clients/utils/client-access';
import { canReadTicketReports } from '../../support-analytics/utils/ticket-report-access';
import { canManageSupportSettings } from '../../support-settings/utils/support-access';

type Section = { path: string; label: MessageKey; icon: Icon; visibleTo?: (role: UserRole) => boolean };

const sections: Section[] = [
  { path: '/products', label: 'nav.products', icon: IconBox },
  { path: '/categories', label: 'categories.title', icon: IconCategory },
  { path: '/price-rules', label: 'priceRules.title', icon: IconDiscount2 },
  { path: '/clients', label: 'nav.clients', icon: IconBuildingStore },
  { path: '/tasks', label: 'tasks.title', icon: IconChecklist },
  { path: '/orders', label: 'nav.orders', icon: IconReceipt },
  { path: '/analytics', label: 'nav.analytics', icon: IconChartBar, visibleTo: canReadReports },
  { path: '/tickets', label: 'nav.tickets', icon: IconLifebuoy },
  {
    path: '/support-analytics',
    label: 'nav.supportAnalytics',
    icon: IconChartPie,
    visibleTo: canReadTicketReports,
  },
  {
    path: '/settings/support',
    label: 'nav.supportSettings',
    icon: IconSettingsCog,
    visibleTo: canManageSupportSettings,
  },
  { path: '/employees', label: 'nav.employees', icon: IconId },
  { path: '/departments', label: 'departments.title', icon: IconSitemap },
  { path: '/skills', label: 'skills.title', icon: IconCertificate },
  { path: '/org-chart', label: 'orgChart.title', icon: IconHierarchy2 },
  { path: '/users', label: 'nav.users', icon: IconUsers, visibleTo: isAdministrator },
  { path: '/invitations', label: 'nav.invitations', icon: IconMailForward, visibleTo: isAdministrator },
  { path: '/audit', label: 'nav.audit', icon: IconHistory, visibleTo: isAdministrator },
  {
    path: '/settings/clients',
    label: 'clients.settings.title',
    icon: IconAdjustments,
    visibleTo: canOpenClientSettings,
  },
  { path: '/api-keys', label: 'nav.apiKeys', icon: IconKey },
];

export type MainNavigationProps = { onNavigate?: () => void };

export function MainNavigation({ onNavigate }: MainNavigationProps) {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const { session } = useSession();
  const role = session?.user.role;
  const visible = sections.filter((section) => !section.visibleTo || (role && section.visibleTo(role)));

  return (
    <Stack component="nav" aria-label={t('nav.label')} gap={4}>
      {visible.map(({ path, label, icon: SectionIcon }) => {
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
