import { Button, Group } from '@mantine/core';
import { IconColumns3, IconFileImport, IconFilter, IconList } from '@tabler/icons-react';
import { Link, useLocation } from 'react-router';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import { useClientAccess } from '../hooks/useClientAccess';
import type { ClientAccess } from '../utils/client-access';

type Area = {
  path: string;
  label: MessageKey;
  icon: typeof IconList;
  allowed?: (access: ClientAccess) => boolean;
};

const areas: Area[] = [
  { path: '/clients', label: 'clients.area.list', icon: IconList },
  { path: '/clients/pipeline', label: 'clients.area.pipeline', icon: IconColumns3 },
  {
    path: '/clients/segments',
    label: 'clients.area.segments',
    icon: IconFilter,
    allowed: (access) => access.segments,
  },
  {
    path: '/clients/import',
    label: 'clients.area.import',
    icon: IconFileImport,
    allowed: (access) => access.manage,
  },
];

/** The client-management pages, one link each, above each of them. */
export function ClientsAreaNav() {
  const { t } = useI18n();
  const { pathname } = useLocation();
  const { access } = useClientAccess();
  const current = (path: string) =>
    path === '/clients' ? pathname === path : pathname === path || pathname.startsWith(`${path}/`);
  return (
    <Group component="nav" aria-label={t('clients.area.label')} gap="xs" mb="md">
      {areas
        .filter((area) => !area.allowed || area.allowed(access))
        .map(({ path, label, icon: AreaIcon }) => (
          <Button
            key={path}
            component={Link}
            to={path}
            size="xs"
            variant={current(path) ? 'light' : 'subtle'}
            aria-current={current(path) ? 'page' : undefined}
            leftSection={<AreaIcon size={16} aria-hidden />}
          >
            {t(label)}
          </Button>
        ))}
    </Group>
  );
}
