import { Badge, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import type { CaseStudy } from '../utils/case-studies';

export type CaseStudyCardProps = { study: CaseStudy };

export function CaseStudyCard({ study }: CaseStudyCardProps) {
  const { t, language } = useI18n();
  const headingId = `case-${study.id}`;
  return (
    <Card component="article" aria-labelledby={headingId} withBorder radius="lg" padding="xl" shadow="xs">
      <Stack gap="md">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Text fw={700} size="lg">
            {study.company}
          </Text>
          <Badge variant="light" color="gray" tt="none" radius="sm">
            {study.industry[language]}
          </Badge>
        </Group>
        <Title order={2} size="h3" id={headingId}>
          {study.headline[language]}
        </Title>
        <Stack gap={4}>
          <Text fw={600} size="sm" c="blue.8">
            {t('cases.challenge')}
          </Text>
          <Text>{study.challenge[language]}</Text>
        </Stack>
        <Stack gap={4}>
          <Text fw={600} size="sm" c="blue.8">
            {t('cases.solution')}
          </Text>
          <Text>{study.solution[language]}</Text>
        </Stack>
        <Stack gap="xs">
          <Text fw={600} size="sm" c="blue.8">
            {t('cases.results')}
          </Text>
          <SimpleGrid cols={2} spacing="sm">
            {study.results.map((result) => (
              <Stack
                key={result.label.en}
                gap={0}
                p="sm"
                bg="blue.0"
                style={{ borderRadius: 'var(--mantine-radius-md)' }}
              >
                <Text fw={800} size="xl" c="blue.9">
                  {result.value}
                </Text>
                <Text size="sm">{result.label[language]}</Text>
              </Stack>
            ))}
          </SimpleGrid>
        </Stack>
      </Stack>
    </Card>
  );
}
