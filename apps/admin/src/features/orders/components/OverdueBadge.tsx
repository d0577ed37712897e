import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';

/** Past the due date with money owed: worded, not only coloured. */
export function OverdueBadge() {
  const { t } = useI18n();
  return (
    <Badge
      color="red"
      variant="light"
      radius="sm"
      tt="none"
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
    >
      {t('orders.overdue')}
    </Badge>
  );
}
