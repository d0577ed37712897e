import { Box, Center, Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { LanguageSelect } from '@smartcrm/ui';
import { IconChartDots3 } from '@tabler/icons-react';
import type { ReactNode } from 'react';

export type PublicPageLayoutProps = {
  heading: string;
  subtitle?: string;
  /** The browser tab's title, before the product name. */
  documentTitle: string;
  children: ReactNode;
};

/** The frame of the pages people see without a session: sign in, accept an invitation, reset a password. */
export function PublicPageLayout({ heading, subtitle, documentTitle, children }: PublicPageLayoutProps) {
  useDocumentTitle(`${documentTitle} · Smart CRM Suite`);
  return (
    <Box mih="100vh" bg="gray.0">
      <Group justify="flex-end" p="md">
        <LanguageSelect size="xs" />
      </Group>
      <Center px="md" pb="xl">
        <Paper
          component="main"
          withBorder
          shadow="sm"
          radius="lg"
          p={{ base: 'lg', sm: 'xl' }}
          w="100%"
          maw={460}
        >
          <Stack gap="lg">
            <Stack gap="xs" align="center" ta="center">
              <ThemeIcon size={48} radius="md" aria-hidden>
                <IconChartDots3 size={28} />
              </ThemeIcon>
              <Title order={1} size="h3">
                {heading}
              </Title>
              {subtitle && (
                <Text c="dimmed" size="sm">
                  {subtitle}
                </Text>
              )}
            </Stack>
            {children}
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
