import { Paper, Stack, Text, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';

export type SectionCardProps = {
  title: string;
  description?: ReactNode;
  children: ReactNode;
  /** Draws the border in the danger colour, for irreversible actions. */
  danger?: boolean;
};

/** A titled panel on a page: a named region with a real h2, so the page outline stays navigable. */
export function SectionCard({ title, description, children, danger }: SectionCardProps) {
  const headingId = useId();
  return (
    <Paper
      component="section"
      aria-labelledby={headingId}
      withBorder
      radius="md"
      p="lg"
      style={danger ? { borderColor: 'var(--mantine-color-red-3)' } : undefined}
    >
      <Stack gap="md">
        <div>
          <Title order={2} size="h4" id={headingId}>
            {title}
          </Title>
          {description && (
            <Text size="sm" c="dimmed" mt={4}>
              {description}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
