import { Button, Group, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';

export type CursorPagerProps = {
  label: string;
  pageLabel: string;
  previousLabel: string;
  nextLabel: string;
  hasPrevious: boolean;
  hasNext: boolean;
  onPrevious: () => void;
  onNext: () => void;
};

/** Previous/Next paging for keyset lists, which cannot jump to an arbitrary page. */
export function CursorPager(props: CursorPagerProps) {
  return (
    <Group component="nav" aria-label={props.label} gap="sm" justify="flex-end">
      <Button
        variant="default"
        leftSection={<IconChevronLeft size={16} aria-hidden />}
        disabled={!props.hasPrevious}
        onClick={props.onPrevious}
      >
        {props.previousLabel}
      </Button>
      <Text size="sm" aria-live="polite" miw={64} ta="center">
        {props.pageLabel}
      </Text>
      <Button
        variant="default"
        rightSection={<IconChevronRight size={16} aria-hidden />}
        disabled={!props.hasNext}
        onClick={props.onNext}
      >
        {props.nextLabel}
      </Button>
    </Group>
  );
}
