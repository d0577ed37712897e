import { Alert, Anchor, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconCircleCheck, IconInfoCircle, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { DataTable } from '../../../ui/DataTable';
import { SectionCard } from '../../../ui/SectionCard';
import { useCategoryTree } from '../../categories/api/useCategoryTree';
import { categoryPath } from '../../categories/utils/category-tree';
import type { Product } from '../../products/api/product-types';
import { useCatalogPermissions } from '../../products/hooks/useCatalogPermissions';
import type { PriceRule } from '../api/price-rule-types';
import { useProductPriceRules } from '../api/useProductPriceRules';
import { usePriceRuleColumns } from '../hooks/usePriceRuleColumns';
import { DeletePriceRuleModal } from './DeletePriceRuleModal';
import { PriceRuleFormModal } from './PriceRuleFormModal';
import { QuoteTryBox } from './QuoteTryBox';

export type ProductPricingPanelProps = { product: Product };

type Notice = 'saved' | 'deleted' | 'conflict';

/** The price rules aimed at this product, its categories and every product, and a box to try the price function. */
export function ProductPricingPanel({ product }: ProductPricingPanelProps) {
  const { t } = useI18n();
  const permissions = useCatalogPermissions();
  const tree = useCategoryTree();
  const path = product.categoryId === null ? [] : categoryPath(tree.data ?? [], product.categoryId);
  const rules = useProductPriceRules(product.id);
  const [editing, setEditing] = useState<PriceRule | 'new' | null>(null);
  const [deleting, setDeleting] = useState<PriceRule | null>(null);
  const [notice, setNotice] = useState<Notice | null>(null);
  const manage = permissions.manageCatalog;
  const columns = usePriceRuleColumns({
    currency: product.currency,
    ...(manage
      ? { onEdit: (rule: PriceRule) => setEditing(rule), onDelete: (rule: PriceRule) => setDeleting(rule) }
      : {}),
  });
  const conflict = () => {
    setEditing(null);
    setDeleting(null);
    setNotice('conflict');
    void rules.refetch();
  };

  return (
    <Stack gap="md">
      <SectionCard
        title={t('priceRules.forProduct.title')}
        description={
          path.length > 0
            ? t('priceRules.forProduct.descriptionWithCategories', {
                path: path.map((node) => node.name).join(' › '),
              })
            : t('priceRules.forProduct.description')
        }
      >
        <Stack gap="sm">
          <Group justify="space-between">
            <Anchor component={Link} to={`/price-rules?productId=${product.id}`} size="sm">
              {t('priceRules.forProduct.allRules')}
            </Anchor>
            {manage && (
              <Button
                size="sm"
                leftSection={<IconPlus size={16} aria-hidden />}
                onClick={() => {
                  setNotice(null);
                  setEditing('new');
                }}
              >
                {t('priceRules.forProduct.new')}
              </Button>
            )}
          </Group>
          {notice && (
            <Alert
              color={notice === 'conflict' ? 'yellow' : 'green'}
              variant="light"
              icon={notice === 'conflict' ? <IconInfoCircle aria-hidden /> : <IconCircleCheck aria-hidden />}
              role="status"
            >
              {t(`priceRules.notice.${notice}`)}
            </Alert>
          )}
          <Paper withBorder radius="md" p={0}>
            {rules.isPending ? (
              <LoadingState />
            ) : rules.error ? (
              <Stack p="md">
                <ErrorState error={rules.error} onRetry={() => rules.refetch()} />
              </Stack>
            ) : rules.rules.length === 0 ? (
              <EmptyResult
                title={t('priceRules.forProduct.empty')}
                description={t('priceRules.forProduct.emptyHint')}
              />
            ) : (
              <DataTable
                caption={t('priceRules.forProduct.title')}
                columns={columns}
                rows={rules.rules}
                rowKey={(rule) => rule.id}
              />
            )}
          </Paper>
          {rules.truncated && (
            <Text size="sm" c="dimmed">
              {t('priceRules.forProduct.truncated')}
            </Text>
          )}
        </Stack>
      </SectionCard>
      {permissions.quote && (
        <SectionCard title={t('priceRules.quote.title')} description={t('priceRules.quote.description')}>
          <QuoteTryBox product={product} />
        </SectionCard>
      )}
      <PriceRuleFormModal
        opened={editing !== null}
        rule={editing === 'new' || editing === null ? undefined : editing}
        defaults={editing === 'new' ? { target: 'product', productId: product.id } : undefined}
        onClose={() => setEditing(null)}
        onSaved={() => {
          setEditing(null);
          setNotice('saved');
        }}
        onConflict={conflict}
      />
      {deleting && (
        <DeletePriceRuleModal
          rule={deleting}
          onClose={() => setDeleting(null)}
          onDeleted={() => {
            setDeleting(null);
            setNotice('deleted');
          }}
          onConflict={conflict}
        />
      )}
    </Stack>
  );
}
