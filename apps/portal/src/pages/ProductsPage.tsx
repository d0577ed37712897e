import { Container } from '@mantine/core';
import { CatalogBrowser } from '../features/catalog/components/CatalogBrowser';
import { useI18n } from '../i18n/useI18n';
import { PageIntro } from '../ui/PageIntro';

export function ProductsPage() {
  const { t } = useI18n();
  return (
    <Container size="lg" py="xl">
      <PageIntro title={t('catalog.title')} lead={t('catalog.lead')} />
      <CatalogBrowser />
    </Container>
  );
}
