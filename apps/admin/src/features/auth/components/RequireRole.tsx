import type { UserRole } from '@smartcrm/api-client';
import { EmptyResult } from '@smartcrm/ui';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { useSession } from '../hooks/useSession';

export type RequireRoleProps = { roles: readonly UserRole[]; children: ReactNode };

/** Renders its children only for the given roles; others are told the page is not for them. */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const { t } = useI18n();
  const { session } = useSession();
  if (!session || !roles.includes(session.user.role)) {
    return <EmptyResult title={t('state.forbiddenTitle')} description={t('state.forbidden')} />;
  }
  return children;
}
