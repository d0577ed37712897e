import { Alert, Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { IconLock } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { SectionCard } from '../../../ui/SectionCard';
import type { Product, StockLevel } from '../api/product-types';
import { useProductStock } from '../api/useProductStock';
import { useCatalogPermissions } from '../hooks/useCatalogPermissions';
import { isReadOnlyProduct } from '../utils/product-status';
import { LowStockBadge } from './LowStockBadge';
import { MovementLedger } from './MovementLedger';
import { RecordMovementForm } from './RecordMovementForm';

export type ProductStockPanelProps = { product: Product };

/** Stock figures, the form to record a movement (for those who may) and the ledger. */
export function ProductStockPanel({ product }: ProductStockPanelProps) {
  const { t } = useI18n();
  const permissions = useCatalogPermissions();
  const stock = useProductStock(product.id);
  const readOnly = isReadOnlyProduct(product);

  return (
    <Stack gap="md">
      <SectionCard title={t('stock.levels')} description={t('stock.levelsHint')}>
        {stock.isPending ? (
          <LoadingState />
        ) : stock.isError ? (
          <ErrorState error={stock.error} onRetry={() => stock.refetch()} />
        ) : (
          <StockFigures stock={stock.data} />
        )}
      </SectionCard>
      {permissions.manageInventory &&
        (readOnly ? (
          <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
            {t('stock.archivedReadOnly')}
          </Alert>
        ) : (
          <SectionCard title={t('stock.form.title')} description={t('stock.form.description')}>
            <RecordMovementForm productId={product.id} />
          </SectionCard>
        ))}
      <SectionCard title={t('stock.ledger.title')}>
        <MovementLedger productId={product.id} />
      </SectionCard>
    </Stack>
  );
}

type StockFiguresProps = { stock: StockLevel };

function StockFigures({ stock }: StockFiguresProps) {
  const { t } = useI18n();
  const figures = [
    { key: 'onHand', label: t('stock.onHand'), value: stock.onHand },
    { key: 'reserved', label: t('stock.reserved'), value: stock.reserved },
    { key: 'available', label: t('stock.available'), value: stock.available },
    { key: 'reorderLevel', label: t('stock.reorderLevel'), value: stock.reorderLevel },
  ];
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
        {figures.map((figure) => (
          <Paper key={figure.key} withBorder radius="md" p="md" component="dl" m={0}>
            <Text component="dt" size="xs" c="dimmed" tt="uppercase" fw={600}>
              {figure.label}
            </Text>
            <Text component="dd" m={0} size="xl" fw={700} data-testid={`stock-${figure.key}`}>
              {figure.value}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      {stock.low && (
        <Group gap="xs">
          <LowStockBadge />
          <Text size="sm">{t('stock.lowHint')}</Text>
        </Group>
      )}
    </Stack>
  );
}
