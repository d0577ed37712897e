import { Button, Group, Modal, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import type { Client } from '@smartcrm/api-client';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { type ClientStage, clientStages } from '../api/client-types';
import { useChangeStage } from '../api/useClientWrites';
import { useClientProblemMessages } from '../hooks/useClientProblemMessages';
import { clientStageStyles } from '../utils/client-styles';

export type StageChangeModalProps = {
  /** The client to move; the dialog is closed while there is none. */
  client: Pick<Client, 'id' | 'version' | 'companyName' | 'stage'> | null;
  /** The stage it is being moved to (a pipeline column); the user picks one when absent. */
  target?: ClientStage;
  onClose: () => void;
  onMoved?: (client: Client) => void;
};

/** Moves a client to another lifecycle stage with the reason, which the stage history keeps. */
export function StageChangeModal({ client, target, onClose, onMoved }: StageChangeModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={client !== null}
      onClose={onClose}
      title={t('pipeline.move.title')}
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {client && (
        <StageChangeForm
          key={`${client.id}-${client.version}-${target ?? ''}`}
          client={client}
          target={target}
          onCancel={onClose}
          onMoved={(moved) => {
            onMoved?.(moved);
            onClose();
          }}
        />
      )}
    </Modal>
  );
}

type StageChangeFormProps = {
  client: NonNullable<StageChangeModalProps['client']>;
  target?: ClientStage;
  onCancel: () => void;
  onMoved: (client: Client) => void;
};

function StageChangeForm({ client, target, onCancel, onMoved }: StageChangeFormProps) {
  const { t } = useI18n();
  const messages = useClientProblemMessages();
  const change = useChangeStage();
  const others = clientStages.filter((stage) => stage !== client.stage);
  const [stage, setStage] = useState<ClientStage>(target ?? others[0] ?? 'prospect');
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  // The server insists on a reason for churn; other moves may go without one.
  const reasonRequired = stage === 'churned';
  const missing = reasonRequired && !reason.trim();
  const from = t(clientStageStyles[client.stage].label);

  return (
    <form
      noValidate
      aria-label={t('pipeline.move.title')}
      onSubmit={(event) => {
        event.preventDefault();
        setTouched(true);
        if (missing) return;
        change.mutate({ client, stage, reason }, { onSuccess: onMoved });
      }}
    >
      <Stack gap="md">
        <Text size="sm">
          {t('pipeline.move.text', { name: client.companyName, from, to: t(clientStageStyles[stage].label) })}
        </Text>
        {change.isError && (
          <ProblemAlert error={change.error} title={t('pipeline.move.failed')} messages={messages} />
        )}
        <NativeSelect
          label={t('pipeline.move.stage')}
          value={stage}
          onChange={(event) => setStage(event.currentTarget.value as ClientStage)}
          data={others.map((value) => ({ value, label: t(clientStageStyles[value].label) }))}
        />
        <Textarea
          label={t('pipeline.move.reason')}
          description={reasonRequired ? t('pipeline.move.reasonRequiredHint') : t('pipeline.move.reasonHint')}
          required={reasonRequired}
          maxLength={1000}
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={touched && missing ? t('pipeline.move.reasonMissing') : undefined}
          data-autofocus
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={change.isPending}>
            {t('pipeline.move.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
