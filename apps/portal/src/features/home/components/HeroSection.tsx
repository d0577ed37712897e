import { Box, Button, Container, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import classes from './HeroSection.module.css';
import { ProductPreview } from './ProductPreview';

export function HeroSection() {
  const { t } = useI18n();
  return (
    <Box className={classes.hero}>
      <Container size="lg" py={{ base: 48, md: 88 }}>
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing={48} verticalSpacing={40}>
          <Stack gap="lg" justify="center">
            <Text className={classes.eyebrow}>{t('home.eyebrow')}</Text>
            <Title order={1} className={classes.title}>
              {t('home.title')}
            </Title>
            <Text size="lg" className={classes.lead}>
              {t('home.lead')}
            </Text>
            <Group gap="sm">
              <Button
                component={Link}
                to="/products"
                size="md"
                rightSection={<IconArrowRight size={18} aria-hidden />}
              >
                {t('home.primaryCta')}
              </Button>
              <Button component={Link} to="/contact" size="md" variant="white" color="dark">
                {t('home.secondaryCta')}
              </Button>
            </Group>
          </Stack>
          <ProductPreview />
        </SimpleGrid>
      </Container>
    </Box>
  );
}
