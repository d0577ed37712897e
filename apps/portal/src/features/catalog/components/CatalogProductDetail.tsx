import { Badge, Button, Grid, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { PublishedProduct } from '@smartcrm/api-client';
import { KeyValueTable } from '@smartcrm/ui';
import { IconMail } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';

export type CatalogProductDetailProps = { product: PublishedProduct };

export function CatalogProductDetail({ product }: CatalogProductDetailProps) {
  const { t, format } = useI18n();
  const specifications = Object.entries(product.specifications);
  return (
    <Grid gap="xl">
      <Grid.Col span={{ base: 12, md: 8 }}>
        <Stack gap="lg">
          <Stack gap="xs">
            <Group gap="xs">
              {product.categoryName && (
                <Badge variant="light" tt="none" radius="sm">
                  {product.categoryName}
                </Badge>
              )}
              <Text size="sm" c="dimmed">
                {t('catalog.sku')}: <span style={{ fontFamily: 'monospace' }}>{product.sku}</span>
              </Text>
            </Group>
            <Title order={1}>{product.name}</Title>
          </Stack>
          <Text size="lg" style={{ whiteSpace: 'pre-line' }}>
            {product.description ?? t('catalog.noDescription')}
          </Text>
          {specifications.length > 0 ? (
            <KeyValueTable
              caption={t('catalog.specifications')}
              keyHeader={t('catalog.specName')}
              valueHeader={t('catalog.specValue')}
              entries={specifications}
            />
          ) : (
            <Text c="dimmed">{t('catalog.noSpecifications')}</Text>
          )}
        </Stack>
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 4 }}>
        <Paper withBorder radius="lg" p="xl" shadow="sm" style={{ alignSelf: 'start' }}>
          <Stack gap="md">
            <Text size="sm" c="dimmed">
              {t('catalog.price')}
            </Text>
            <Text fw={800} fz={32} data-testid="product-price">
              {format.money(product.price)}
            </Text>
            <Button component={Link} to="/contact" leftSection={<IconMail size={18} aria-hidden />} fullWidth>
              {t('catalog.enquire')}
            </Button>
          </Stack>
        </Paper>
      </Grid.Col>
    </Grid>
  );
}
