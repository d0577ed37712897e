import { Badge, type MantineColor } from '@mantine/core';

export type StatusBadgeProps = { label: string; color: MantineColor };

/** A status label; the dot carries the colour so the text keeps full contrast whatever the colour. */
export function StatusBadge({ label, color }: StatusBadgeProps) {
  return (
    <Badge
      color={color}
      variant="dot"
      radius="sm"
      tt="none"
      size="md"
      c="var(--mantine-color-text)"
      fw={600}
      styles={{ root: { minWidth: 'max-content' } }}
    >
      {label}
    </Badge>
  );
}
