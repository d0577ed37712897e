import { Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';

export type PageIntroProps = { title: string; lead?: string };

export function PageIntro({ title, lead }: PageIntroProps) {
  // The tab title names the page too, so screen-reader users hear where they landed.
  useDocumentTitle(`${title} · Smart CRM Suite`);
  return (
    <Stack gap="xs" mb="xl">
      <Title order={1}>{title}</Title>
      {lead && (
        <Text size="lg" c="dimmed" maw={720}>
          {lead}
        </Text>
      )}
    </Stack>
  );
}
