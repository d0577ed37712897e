import { Container, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { valuePropositions } from '../utils/value-propositions';

export function ValueGrid() {
  const { t } = useI18n();
  return (
    <Container size="lg" py={{ base: 48, md: 72 }} component="section" aria-labelledby="value-title">
      <Stack gap="xs" align="center" ta="center" mb={40}>
        <Title order={2} id="value-title">
          {t('home.valueTitle')}
        </Title>
        <Text c="dimmed" size="lg" maw={640}>
          {t('home.valueLead')}
        </Text>
      </Stack>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="xl" verticalSpacing={40}>
        {valuePropositions.map(({ icon: ValueIcon, title, text }) => (
          <Stack key={title} gap="sm">
            <ThemeIcon size={44} radius="md" variant="light" aria-hidden>
              <ValueIcon size={24} stroke={1.75} />
            </ThemeIcon>
            <Title order={3} size="h4">
              {t(title)}
            </Title>
            <Text c="dimmed">{t(text)}</Text>
          </Stack>
        ))}
      </SimpleGrid>
    </Container>
  );
}
