import { Badge, Group, Paper, Progress, SimpleGrid, Stack, Text } from '@mantine/core';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';

const kpis: { label: MessageKey; value: string }[] = [
  { label: 'preview.revenue', value: '$248k' },
  { label: 'preview.orders', value: '1,284' },
  { label: 'preview.csat', value: '4.8' },
];

const pipeline: { stage: MessageKey; value: number; color: string }[] = [
  { stage: 'preview.qualified', value: 72, color: 'blue' },
  { stage: 'preview.proposal', value: 48, color: 'indigo' },
  { stage: 'preview.won', value: 31, color: 'teal' },
];

const tickets: { title: MessageKey; priority: MessageKey; color: string }[] = [
  { title: 'preview.ticket1', priority: 'preview.urgent', color: 'red' },
  { title: 'preview.ticket2', priority: 'preview.low', color: 'gray' },
  { title: 'preview.ticket3', priority: 'preview.high', color: 'orange' },
];

/** A decorative sketch of the dashboard; hidden from assistive technology because the copy beside it says it all. */
export function ProductPreview() {
  const { t } = useI18n();
  return (
    <Paper
      radius="lg"
      p="lg"
      shadow="xl"
      aria-hidden
      style={{ color: 'var(--mantine-color-text)', alignSelf: 'center' }}
    >
      <Stack gap="md">
        <Group justify="space-between">
          <Text fw={700}>{t('preview.title')}</Text>
          <Badge variant="light" color="teal" tt="none">
            {t('preview.growth')}
          </Badge>
        </Group>
        <SimpleGrid cols={3} spacing="sm">
          {kpis.map((kpi) => (
            <Paper key={kpi.label} withBorder radius="md" p="sm">
              <Text size="xs" c="dimmed">
                {t(kpi.label)}
              </Text>
              <Text fw={800} size="lg">
                {kpi.value}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
        <Stack gap={8}>
          {pipeline.map((row) => (
            <div key={row.stage}>
              <Group justify="space-between" mb={2}>
                <Text size="xs">{t(row.stage)}</Text>
                <Text size="xs" c="dimmed">
                  {row.value}
                </Text>
              </Group>
              <Progress value={row.value} color={row.color} size="sm" radius="xl" />
            </div>
          ))}
        </Stack>
        <Stack gap={6}>
          {tickets.map((ticket) => (
            <Group key={ticket.title} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm" truncate>
                {t(ticket.title)}
              </Text>
              <Badge size="sm" variant="light" color={ticket.color} tt="none">
                {t(ticket.priority)}
              </Badge>
            </Group>
          ))}
        </Stack>
      </Stack>
    </Paper>
  );
}
