import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { OrderProblemAlert } from './OrderProblemAlert';

export type OrderCommandModalProps = {
  opened: boolean;
  onClose: () => void;
  title: string;
  text: string;
  /** A text the command takes: required (a reason) or optional (a note); none when absent. */
  field?: { label: string; required: boolean };
  submitLabel: string;
  failedTitle: string;
  danger?: boolean;
  /** The command's mutation state (any TanStack mutation fits). */
  mutation: { isPending: boolean; isError: boolean; error: unknown; reset: () => void };
  /** Runs the command with the text typed; calls `done` when it succeeded. */
  run: (text: string, done: () => void) => void;
};

/** Asks before an order command (cancel, close, delete), with the reason or note it takes. */
export function OrderCommandModal({ opened, onClose, ...props }: OrderCommandModalProps) {
  const { t } = useI18n();
  const close = () => {
    props.mutation.reset();
    onClose();
  };
  return (
    <Modal
      opened={opened}
      onClose={close}
      title={props.title}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {opened && <CommandForm {...props} onCancel={close} />}
    </Modal>
  );
}

type CommandFormProps = Omit<OrderCommandModalProps, 'opened' | 'onClose'> & { onCancel: () => void };

function CommandForm({
  text,
  field,
  submitLabel,
  failedTitle,
  danger,
  mutation,
  run,
  onCancel,
}: CommandFormProps) {
  const { t } = useI18n();
  const [value, setValue] = useState('');
  const [touched, setTouched] = useState(false);
  const missing = field?.required === true && !value.trim();

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (missing) return;
        run(value.trim(), onCancel);
      }}
    >
      <Stack gap="md">
        <Text size="sm">{text}</Text>
        {mutation.isError && <OrderProblemAlert error={mutation.error} title={failedTitle} />}
        {field && (
          <Textarea
            label={field.label}
            required={field.required}
            maxLength={1000}
            autosize
            minRows={2}
            value={value}
            onChange={(event) => setValue(event.currentTarget.value)}
            error={touched && missing ? t('orders.reasonRequired') : undefined}
            data-autofocus
          />
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" color={danger ? 'red' : undefined} loading={mutation.isPending}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
