import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

export type TabIntroProps = { description: string; addLabel?: string; onAdd?: () => void };

/** What a settings tab is for, and its "New …" button. */
export function TabIntro({ description, addLabel, onAdd }: TabIntroProps) {
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap" gap="md">
      <Text size="sm" c="dimmed" maw={720}>
        {description}
      </Text>
      {addLabel && onAdd && (
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={onAdd} style={{ flexShrink: 0 }}>
          {addLabel}
        </Button>
      )}
    </Group>
  );
}
