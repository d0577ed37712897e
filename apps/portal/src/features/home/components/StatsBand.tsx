import { Container, SimpleGrid, Stack, Text } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { stats } from '../utils/value-propositions';

export function StatsBand() {
  const { t } = useI18n();
  return (
    <Container size="lg" py="xl" component="section" aria-label={t('home.statsLabel')}>
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="lg">
        {stats.map((stat) => (
          <Stack key={stat.value} gap={2} align="center" ta="center">
            <Text fw={800} fz={36} c="blue.8">
              {t(stat.value)}
            </Text>
            <Text c="dimmed">{t(stat.label)}</Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Container>
  );
}
