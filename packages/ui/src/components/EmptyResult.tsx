import { EmptyState } from '@mantine/core';
import { IconDatabaseOff } from '@tabler/icons-react';

export type EmptyResultProps = { title: string; description: string };

export function EmptyResult({ title, description }: EmptyResultProps) {
  return (
    <EmptyState
      py="xl"
      title={title}
      description={description}
      icon={<IconDatabaseOff aria-hidden />}
      withIndicatorBackground
      role="status"
    />
  );
}
