import { Alert, Anchor, Badge, Button, Group, Paper, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { KeyValueTable } from '@smartcrm/ui';
import { IconCircleCheck, IconHistory, IconLock, IconPencil } from '@tabler/icons-react';
import { Link, useLocation, useSearchParams } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { type DetailField, DetailFields } from '../../../ui/DetailFields';
import { PageHeader } from '../../../ui/PageHeader';
import { SectionCard } from '../../../ui/SectionCard';
import { useSession } from '../../auth/hooks/useSession';
import { useCategoryTree } from '../../categories/api/useCategoryTree';
import { categoryPath } from '../../categories/utils/category-tree';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { useUpdateSearch } from '../../listing/hooks/useUpdateSearch';
import { ProductPricingPanel } from '../../price-rules/components/ProductPricingPanel';
import type { Product } from '../api/product-types';
import { useCatalogPermissions } from '../hooks/useCatalogPermissions';
import { useMoneyFormat } from '../hooks/useMoneyFormat';
import { isReadOnlyProduct, productStatusStyles } from '../utils/product-status';
import { DeleteDraftProduct } from './DeleteDraftProduct';
import { ImagePreview } from './ImagePreview';
import { LowStockBadge } from './LowStockBadge';
import { ProductLifecycle } from './ProductLifecycle';
import { ProductStatusHistory } from './ProductStatusHistory';
import { ProductStockPanel } from './ProductStockPanel';

export type ProductDetailProps = { product: Product };

const tabs = ['details', 'stock', 'pricing'] as const;
type ProductTab = (typeof tabs)[number];

/** A product's page: its data, lifecycle and history; its stock and ledger; the prices that apply to it. */
export function ProductDetail({ product }: ProductDetailProps) {
  const { t } = useI18n();
  const permissions = useCatalogPermissions();
  const [search] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const saved = (useLocation().state as { saved?: boolean } | null)?.saved;
  const requested = search.get('tab');
  const tab: ProductTab = tabs.includes(requested as ProductTab) ? (requested as ProductTab) : 'details';
  const readOnly = isReadOnlyProduct(product);

  return (
    <Stack gap="md">
      <div>
        <PageHeader
          title={product.name}
          badge={
            <Group gap="xs">
              <EnumBadge value={product.status} styles={productStatusStyles} />
              {product.lowStock && <LowStockBadge />}
            </Group>
          }
          actions={
            permissions.manageCatalog &&
            !readOnly && (
              <Button
                component={Link}
                to={`/products/${product.id}/edit`}
                leftSection={<IconPencil size={16} aria-hidden />}
              >
                {t('products.edit.open')}
              </Button>
            )
          }
        />
        <Text c="dimmed" mt={-8} ff="monospace">
          {product.sku}
        </Text>
      </div>
      {saved && (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          {t('products.edit.saved')}
        </Alert>
      )}
      {readOnly && (
        <Alert color="gray" variant="light" icon={<IconLock aria-hidden />}>
          {t('products.archivedReadOnly')}
        </Alert>
      )}
      <Tabs
        value={tab}
        onChange={(next) =>
          updateSearch(
            (params) => {
              if (!next || next === 'details') params.delete('tab');
              else params.set('tab', next);
              return params;
            },
            { replace: true },
          )
        }
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="details">{t('products.tab.details')}</Tabs.Tab>
          <Tabs.Tab value="stock">{t('products.tab.stock')}</Tabs.Tab>
          <Tabs.Tab value="pricing">{t('products.tab.pricing')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="details">
          <ProductOverview product={product} />
        </Tabs.Panel>
        <Tabs.Panel value="stock">
          <ProductStockPanel product={product} />
        </Tabs.Panel>
        <Tabs.Panel value="pricing">
          <ProductPricingPanel product={product} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}

function ProductOverview({ product }: ProductDetailProps) {
  const { t, format } = useI18n();
  const money = useMoneyFormat();
  const permissions = useCatalogPermissions();
  const { session } = useSession();
  const tree = useCategoryTree();
  const path = product.categoryId === null ? [] : categoryPath(tree.data ?? [], product.categoryId);
  const specifications = Object.entries(product.specifications);
  const none = t('field.none');

  const fields: DetailField[] = [
    {
      label: t('products.listPrice'),
      value: <span data-testid="product-price">{money(product.price, product.currency)}</span>,
    },
    ...(product.cost === null
      ? []
      : [{ label: t('products.cost'), value: money(product.cost, product.currency) }]),
    { label: t('products.unit'), value: product.unit },
    {
      label: t('products.category'),
      value: path.length > 0 ? path.map((node) => node.name).join(' › ') : (product.categoryName ?? none),
    },
    {
      label: t('products.tags'),
      value:
        product.tags.length > 0 ? (
          <Group gap={4}>
            {product.tags.map((tag) => (
              <Badge key={tag} variant="light" color="gray" style={{ textTransform: 'none' }}>
                {tag}
              </Badge>
            ))}
          </Group>
        ) : (
          none
        ),
    },
    { label: t('stock.available'), value: product.stockAvailable },
    { label: t('stock.reorderLevel'), value: product.reorderLevel },
    { label: t('field.description'), value: product.description ?? none },
    { label: t('field.id'), value: product.id },
    { label: t('field.version'), value: product.version },
    { label: t('field.createdAt'), value: format.dateTime(product.createdAt) },
    { label: t('field.updatedAt'), value: format.dateTime(product.updatedAt) },
  ];

  return (
    <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" style={{ alignItems: 'start' }}>
      <Stack gap="md">
        <Paper withBorder radius="md" p="lg">
          <DetailFields fields={fields} />
        </Paper>
        {product.images.length > 0 && (
          <SectionCard title={t('products.images')}>
            <Group gap="sm">
              {product.images.map((url, index) => (
                <Anchor key={url} href={url} target="_blank" rel="noreferrer noopener">
                  <ImagePreview url={url} alt={t('products.imagePreview', { number: index + 1 })} size={96} />
                </Anchor>
              ))}
            </Group>
          </SectionCard>
        )}
        <Paper withBorder radius="md" p="lg">
          {specifications.length > 0 ? (
            <KeyValueTable
              caption={t('products.specifications')}
              keyHeader={t('products.specName')}
              valueHeader={t('products.specValue')}
              entries={specifications}
            />
          ) : (
            <Text c="dimmed">{t('products.noSpecifications')}</Text>
          )}
        </Paper>
      </Stack>
      <SectionCard title={t('products.lifecycle.title')} description={t('products.lifecycle.description')}>
        <Stack gap="md">
          {permissions.manageCatalog && <ProductLifecycle product={product} />}
          {permissions.manageCatalog && product.status === 'draft' && (
            <Group>
              <DeleteDraftProduct product={product} />
            </Group>
          )}
          <ProductStatusHistory productId={product.id} />
          {session?.user.role === 'admin' && (
            <Anchor component={Link} to={`/audit?resource=product&resourceId=${product.id}`} size="sm">
              <Group gap={4} component="span">
                <IconHistory size={16} aria-hidden />
                {t('products.activity')}
              </Group>
            </Anchor>
          )}
        </Stack>
      </SectionCard>
    </SimpleGrid>
  );
}
