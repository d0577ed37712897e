import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { PublishedProduct } from '@smartcrm/api-client';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import classes from './ProductCard.module.css';

export type ProductCardProps = { product: PublishedProduct };

export function ProductCard({ product }: ProductCardProps) {
  const { t, format } = useI18n();
  return (
    <Card component="article" withBorder radius="lg" padding="lg" className={classes.card}>
      <Stack gap="sm" h="100%">
        <Group justify="space-between" gap="xs">
          {product.categoryName ? (
            <Badge variant="light" tt="none" radius="sm">
              {product.categoryName}
            </Badge>
          ) : (
            <span />
          )}
          <Text size="xs" c="dimmed" ff="monospace">
            {product.sku}
          </Text>
        </Group>
        <Title order={2} size="h4">
          {/* The whole card is clickable through this link's stretched hit area. */}
          <Link to={`/products/${product.id}`} className={classes.link}>
            {product.name}
          </Link>
        </Title>
        <Text size="sm" c="dimmed" lineClamp={3} style={{ flex: 1 }}>
          {product.description ?? t('catalog.noDescription')}
        </Text>
        <Group justify="space-between" align="center">
          <Text fw={800} size="lg">
            {format.money(product.price)}
          </Text>
          <Group gap={4} c="blue.8" aria-hidden>
            <Text size="sm" fw={600}>
              {t('catalog.viewDetails')}
            </Text>
            <IconArrowRight size={16} />
          </Group>
        </Group>
      </Stack>
    </Card>
  );
}
