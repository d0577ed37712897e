import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { useSession } from '../../auth/hooks/useSession';
import { orderPermissions } from '../utils/order-permissions';

/** Shown only to roles that may create orders. */
export function NewOrderButton() {
  const { t } = useI18n();
  const { session } = useSession();
  if (!orderPermissions(session?.user.role).write) return null;
  return (
    <Button component={Link} to="/orders/new" leftSection={<IconPlus size={16} aria-hidden />}>
      {t('orders.new')}
    </Button>
  );
}
