import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

export type AuthPanelProps = { title: string; lead?: string; children: ReactNode };

/** The narrow card that sign-in, sign-up and password pages put their one form in. */
export function AuthPanel({ title, lead, children }: AuthPanelProps) {
  useDocumentTitle(`${title} · Smart CRM Suite`);
  return (
    <Container size={480} py={{ base: 'lg', sm: 48 }} px={{ base: 'xs', sm: 'md' }}>
      <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }}>
        <Stack gap="lg">
          <Stack gap={6}>
            <Title order={1} size="h2">
              {title}
            </Title>
            {lead && <Text c="dimmed">{lead}</Text>}
          </Stack>
          {children}
        </Stack>
      </Paper>
    </Container>
  );
}
