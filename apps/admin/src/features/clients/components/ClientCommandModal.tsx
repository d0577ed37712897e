import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useClientProblemMessages } from '../hooks/useClientProblemMessages';

export type ClientCommandModalProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  text: ReactNode;
  /** An optional note the command takes (e.g. why a client is archived). */
  noteLabel?: string;
  submitLabel: string;
  failedTitle: string;
  danger?: boolean;
  /** Shown under the problem, e.g. what keeps a client from being deleted. */
  problemDetails?: ReactNode;
  mutation: { isPending: boolean; isError: boolean; error: unknown; reset: () => void };
  /** Runs the command with the note typed; calls `done` when it succeeded. */
  run: (note: string, done: () => void) => void;
};

/** Asks before a client command (archive, delete, merge), with the note it takes. */
export function ClientCommandModal({ opened, onClose, title, ...props }: ClientCommandModalProps) {
  const { t } = useI18n();
  const close = () => {
    props.mutation.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={title}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {opened && <CommandForm title={title} {...props} onCancel={close} />}
    </Modal>
  );
}

type CommandFormProps = Omit<ClientCommandModalProps, 'opened' | 'onClose'> & { onCancel: () => void };

function CommandForm(props: CommandFormProps) {
  const { t } = useI18n();
  const messages = useClientProblemMessages();
  const [note, setNote] = useState('');
  const { mutation } = props;
  return (
    <form
      noValidate
      aria-label={props.title}
      onSubmit={(event) => {
        event.preventDefault();
        props.run(note.trim(), props.onCancel);
      }}
    >
      <Stack gap="md">
        <Text size="sm" component="div">
          {props.text}
        </Text>
        {mutation.isError && (
          <ProblemAlert
            error={mutation.error}
            title={props.failedTitle}
            messages={messages}
            action={props.problemDetails}
          />
        )}
        {props.noteLabel && (
          <Textarea
            label={props.noteLabel}
            maxLength={1000}
            autosize
            minRows={2}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
            data-autofocus
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" color={props.danger ? 'red' : undefined} loading={mutation.isPending}>
            {props.submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
