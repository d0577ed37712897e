import { Anchor, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type {
  CategoryPerformanceRow,
  ProductPerformanceQuery,
  ProductPerformanceRow,
} from '../api/report-types';
import { useProductPerformance } from '../api/useProductPerformance';

export type ProductPerformanceProps = { period: ProductPerformanceQuery | null };

type Row = (ProductPerformanceRow | CategoryPerformanceRow) & { rowKey: string; name: string; to?: string };

/** Units, net sales, margin, returns and stock turnover per product or per category. */
export function ProductPerformance({ period }: ProductPerformanceProps) {
  const { t, format } = useI18n();
  const [level, setLevel] = useState<'products' | 'categories'>('products');
  const report = useProductPerformance(period);
  const none = t('field.none');

  if (report.isPending && period) return <LoadingState />;
  if (report.isError) return <ErrorState error={report.error} onRetry={() => report.refetch()} />;
  if (!report.data) return null;

  const rows: Row[] =
    level === 'products'
      ? report.data.products.map((product) => ({
          ...product,
          rowKey: `p${product.productId}`,
          name: `${product.name} (${product.sku})`,
          to: `/products/${product.productId}`,
        }))
      : report.data.categories.map((category) => ({
          ...category,
          rowKey: `c${category.categoryId ?? 'none'}`,
          name: category.categoryName,
        }));
  const caption =
    level === 'products' ? t('analytics.performance.byProduct') : t('analytics.performance.byCategory');
  const numeric = {
    ta: 'right' as const,
    style: { fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' as const },
  };
  const percent = (value: string | null) => (value === null ? none : `${value} %`);

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label={t('analytics.performance.level')}
        value={level}
        onChange={(next) => setLevel(next as typeof level)}
        data={[
          { value: 'products', label: t('analytics.performance.products') },
          { value: 'categories', label: t('analytics.performance.categories') },
        ]}
        style={{ alignSelf: 'flex-start' }}
      />
      {rows.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('analytics.performance.none')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={980}>
          <Table verticalSpacing="xs" fz="sm" striped aria-label={caption} aria-busy={report.isFetching}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">
                  {level === 'products'
                    ? t('analytics.breakdown.product')
                    : t('analytics.breakdown.category')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.performance.unitsSold')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.performance.unitsReturned')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.performance.netSales')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.performance.cost')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.performance.margin')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.performance.marginPercent')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.performance.unitsShipped')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.performance.averageStock')}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  {t('analytics.performance.turnover')}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.rowKey}>
                  <Table.Th scope="row" fw={500}>
                    {row.to ? (
                      <Anchor component={Link} to={row.to} size="sm">
                        {row.name}
                      </Anchor>
                    ) : (
                      row.name
                    )}
                  </Table.Th>
                  <Table.Td {...numeric}>{row.unitsSold}</Table.Td>
                  <Table.Td {...numeric}>{row.unitsReturned}</Table.Td>
                  <Table.Td {...numeric}>{format.money(row.revenue)}</Table.Td>
                  <Table.Td {...numeric}>
                    {row.costOfGoods === null ? none : format.money(row.costOfGoods)}
                  </Table.Td>
                  <Table.Td {...numeric}>{row.margin === null ? none : format.money(row.margin)}</Table.Td>
                  <Table.Td {...numeric}>{percent(row.marginPercent)}</Table.Td>
                  <Table.Td {...numeric}>{row.unitsShipped}</Table.Td>
                  <Table.Td {...numeric}>{row.averageStock}</Table.Td>
                  <Table.Td {...numeric}>{row.stockTurnover ?? none}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('analytics.performance.totals')}</Table.Th>
                <Table.Td {...numeric} fw={700}>
                  {report.data.totals.unitsSold}
                </Table.Td>
                <Table.Td {...numeric} fw={700}>
                  {report.data.totals.unitsReturned}
                </Table.Td>
                <Table.Td {...numeric} fw={700}>
                  {format.money(report.data.totals.revenue)}
                </Table.Td>
                <Table.Td {...numeric} fw={700}>
                  {report.data.totals.costOfGoods === null
                    ? none
                    : format.money(report.data.totals.costOfGoods)}
                </Table.Td>
                <Table.Td {...numeric} fw={700}>
                  {report.data.totals.margin === null ? none : format.money(report.data.totals.margin)}
                </Table.Td>
                <Table.Td {...numeric} fw={700}>
                  {percent(report.data.totals.marginPercent)}
                </Table.Td>
                <Table.Td {...numeric} fw={700}>
                  {report.data.totals.unitsShipped}
                </Table.Td>
                <Table.Td {...numeric} fw={700}>
                  {report.data.totals.averageStock}
                </Table.Td>
                <Table.Td {...numeric} fw={700}>
                  {report.data.totals.stockTurnover ?? none}
                </Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
