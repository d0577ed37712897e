import { SimpleGrid, Stack } from '@mantine/core';
import { CursorPager, EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { useI18n } from '../../../i18n/useI18n';
import { useCatalogProducts } from '../api/useCatalogProducts';
import { useCatalogParams } from '../hooks/useCatalogParams';
import { toCatalogQuery } from '../utils/catalog-params';
import { CatalogFilters } from './CatalogFilters';
import { ProductCard } from './ProductCard';

/** Search, filter and page through the public product catalogue. */
export function CatalogBrowser() {
  const { t } = useI18n();
  const catalog = useCatalogParams();
  const { params } = catalog;
  const query = useCatalogProducts(toCatalogQuery(params));
  const page = query.data;

  return (
    <Stack gap="xl">
      <CatalogFilters
        query={params.q}
        categoryId={params.categoryId}
        sort={params.sort}
        onQueryChange={catalog.setQuery}
        onCategoryChange={catalog.setCategory}
        onSortChange={catalog.setSort}
      />
      {query.isPending ? (
        <LoadingState />
      ) : query.isError && !page ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : page && page.items.length === 0 ? (
        <EmptyResult title={t('catalog.empty')} description={t('catalog.emptyHint')} />
      ) : (
        <SimpleGrid
          cols={{ base: 1, sm: 2, lg: 3 }}
          spacing="lg"
          aria-busy={query.isFetching}
          style={{ opacity: query.isPlaceholderData ? 0.6 : 1 }}
        >
          {page?.items.map((product) => (
            <ProductCard key={product.id} product={product} />
          ))}
        </SimpleGrid>
      )}
      <CursorPager
        label={t('catalog.pagination')}
        pageLabel={t('catalog.page', { page: params.cursors.length + 1 })}
        previousLabel={t('catalog.previous')}
        nextLabel={t('catalog.next')}
        hasPrevious={params.cursors.length > 0}
        hasNext={Boolean(page?.nextCursor) && !query.isPlaceholderData}
        onPrevious={catalog.goPrevious}
        onNext={() => page?.nextCursor && catalog.goNext(page.nextCursor)}
      />
    </Stack>
  );
}
