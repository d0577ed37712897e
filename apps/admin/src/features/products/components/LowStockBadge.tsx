import { Badge } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';

export type LowStockBadgeProps = { size?: 'xs' | 'sm' | 'md' };

/** Marks an active product whose available stock is at or below its reorder level. */
export function LowStockBadge({ size = 'sm' }: LowStockBadgeProps) {
  const { t } = useI18n();
  return (
    <Badge
      color="red"
      variant="light"
      size={size}
      leftSection={<IconAlertTriangle size={12} aria-hidden />}
      style={{ textTransform: 'none' }}
    >
      {t('stock.low')}
    </Badge>
  );
}
