import { Group, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';

export type PageHeaderProps = { title: string; actions?: ReactNode; badge?: ReactNode };

export function PageHeader({ title, actions, badge }: PageHeaderProps) {
  // The tab title names the page too, so screen-reader users hear where they landed.
  useDocumentTitle(`${title} · Smart CRM Suite`);
  return (
    <Group justify="space-between" align="center" gap="sm" mb="md">
      <Group gap="sm" align="center">
        <Title order={1} size="h2">
          {title}
        </Title>
        {badge}
      </Group>
      {actions}
    </Group>
  );
}
