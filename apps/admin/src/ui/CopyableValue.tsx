import { Button, Group, Stack, Text, TextInput } from '@mantine/core';
import { useClipboard } from '@mantine/hooks';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** The wording of one copy field, which names what is copied ("Copy link", "Link copied…"). */
export type CopyableValueMessages = {
  copy: string;
  copied: string;
  copiedStatus: string;
  copyFailed: string;
};

export type CopyableValueProps = {
  label: string;
  value: string;
  messages: CopyableValueMessages;
  /** Shown under the field, opposite the copy status (e.g. when a link expires). */
  hint?: ReactNode;
};

/** A read-only value someone has to pass on or store, with a copy button that says whether copying worked. */
export function CopyableValue({ label, value, messages, hint }: CopyableValueProps) {
  const clipboard = useClipboard({ timeout: 2500 });
  const copyStatus = clipboard.error ? messages.copyFailed : clipboard.copied ? messages.copiedStatus : '';

  return (
    <Stack gap="xs">
      <Group gap="xs" align="flex-end" wrap="nowrap">
        <TextInput
          label={label}
          value={value}
          readOnly
          onFocus={(event) => event.currentTarget.select()}
          style={{ flex: 1 }}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 13 } }}
        />
        <Button
          variant={clipboard.copied ? 'light' : 'filled'}
          color={clipboard.copied ? 'green' : undefined}
          leftSection={
            clipboard.copied ? <IconCheck size={16} aria-hidden /> : <IconCopy size={16} aria-hidden />
          }
          onClick={() => clipboard.copy(value)}
          miw={128}
        >
          {clipboard.copied ? messages.copied : messages.copy}
        </Button>
      </Group>
      <Group justify="space-between" gap="xs">
        <Text size="sm" c="dimmed">
          {hint}
        </Text>
        <Text size="sm" role="status" c={clipboard.error ? 'red.8' : 'green.9'}>
          {copyStatus}
        </Text>
      </Group>
    </Stack>
  );
}
