import { Button, FileInput, Group, Paper, Radio, Stack, Text, Textarea } from '@mantine/core';
import { IconPaperclip } from '@tabler/icons-react';
import { type FormEvent, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { TicketDetail } from '../api/ticket-types';
import { useAddComment } from '../api/useTicketWrites';
import { TicketProblemAlert } from './TicketProblemAlert';

export type TicketComposerProps = {
  ticket: Pick<TicketDetail, 'id' | 'clientId' | 'status'>;
  /** Internal notes are for people who work tickets. */
  canWriteNotes: boolean;
};

type Mode = 'public' | 'internal';

/** Writes a reply to the customer or an internal note, with files attached to it. */
export function TicketComposer({ ticket, canWriteNotes }: TicketComposerProps) {
  const { t } = useI18n();
  const add = useAddComment(ticket);
  const [mode, setMode] = useState<Mode>('public');
  const [body, setBody] = useState('');
  const [files, setFiles] = useState<File[]>([]);
  const [error, setError] = useState<string | null>(null);
  const internal = mode === 'internal';

  if (ticket.status === 'closed') {
    return (
      <Text size="sm" c="dimmed">
        {t('tickets.composer.closed')}
      </Text>
    );
  }

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!body.trim() && files.length === 0) {
      setError(t('tickets.composer.bodyRequired'));
      return;
    }
    setError(null);
    add.mutate(
      { body, visibility: mode, files },
      {
        onSuccess: () => {
          setBody('');
          setFiles([]);
        },
      },
    );
  };

  return (
    <Paper
      component="form"
      onSubmit={submit}
      noValidate
      aria-label={t('tickets.composer.label')}
      withBorder
      radius="md"
      p="sm"
      bg={internal ? 'var(--mantine-color-yellow-0)' : undefined}
      style={internal ? { borderColor: 'var(--mantine-color-yellow-5)' } : undefined}
    >
      <Stack gap="sm">
        {canWriteNotes && (
          <Radio.Group
            label={t('tickets.composer.mode')}
            value={mode}
            onChange={(value) => setMode(value as Mode)}
            styles={internal ? { label: { color: 'var(--mantine-color-dark-7)' } } : undefined}
          >
            <Group gap="lg" mt={4}>
              <Radio value="public" label={t('tickets.composer.reply')} />
              <Radio
                value="internal"
                label={t('tickets.composer.note')}
                styles={internal ? { label: { color: 'var(--mantine-color-dark-7)' } } : undefined}
              />
            </Group>
          </Radio.Group>
        )}
        <Textarea
          label={internal ? t('tickets.composer.noteBody') : t('tickets.composer.replyBody')}
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={error}
          autosize
          minRows={3}
          maxLength={20_000}
          styles={internal ? { label: { color: 'var(--mantine-color-dark-7)' } } : undefined}
        />
        <Group align="flex-end" justify="space-between" gap="sm">
          <FileInput
            label={t('tickets.composer.files')}
            placeholder={t('tickets.composer.filesPlaceholder')}
            multiple
            clearable
            value={files}
            onChange={setFiles}
            leftSection={<IconPaperclip size={14} aria-hidden />}
            styles={internal ? { label: { color: 'var(--mantine-color-dark-7)' } } : undefined}
            style={{ flex: '1 1 240px', maxWidth: 420 }}
          />
          <Button
            type="submit"
            color={internal ? 'yellow' : undefined}
            c={internal ? 'dark.7' : undefined}
            loading={add.isPending}
          >
            {internal ? t('tickets.composer.addNote') : t('tickets.composer.sendReply')}
          </Button>
        </Group>
        {add.isError && (
          <TicketProblemAlert
            error={add.error}
            title={t('tickets.composer.failed')}
            ticketId={ticket.id}
            onReloaded={add.reset}
          />
        )}
      </Stack>
    </Paper>
  );
}
