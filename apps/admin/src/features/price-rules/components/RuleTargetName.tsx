import { Anchor, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { useCategoryTree } from '../../categories/api/useCategoryTree';
import { findCategory } from '../../categories/utils/category-tree';
import { useResourceDetail } from '../../listing/api/useResourceDetail';
import { productResource } from '../../products/api/product-resource';
import type { PriceRule } from '../api/price-rule-types';

/** What a rule aims at, by name: a product (linked), a category, or every product. */
export type RuleTargetNameProps = { rule: Pick<PriceRule, 'productId' | 'categoryId'> };

export function RuleTargetName({ rule }: RuleTargetNameProps) {
  const { t } = useI18n();
  if (rule.productId !== null) return <ProductName id={rule.productId} />;
  if (rule.categoryId !== null) return <CategoryName id={rule.categoryId} />;
  return (
    <Text size="sm" c="dimmed" component="span">
      {t('priceRules.target.allProducts')}
    </Text>
  );
}

// The rule carries ids only; names come from the (cached) records.
function ProductName({ id }: { id: number }) {
  const { t } = useI18n();
  const product = useResourceDetail(productResource, id);
  return (
    <Anchor component={Link} to={`/products/${id}`} size="sm">
      {product.data?.name ?? t('priceRules.target.product', { id })}
    </Anchor>
  );
}

function CategoryName({ id }: { id: number }) {
  const { t } = useI18n();
  const tree = useCategoryTree();
  const category = findCategory(tree.data ?? [], id);
  return (
    <Text size="sm" component="span">
      {t('priceRules.target.category', { name: category?.name ?? `#${id}` })}
    </Text>
  );
}
