import { Button, Group, Modal, NativeSelect, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { LoadingState } from '@smartcrm/ui';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { type ClientStage, type CustomFieldDefinition, clientStages } from '../api/client-types';
import { useCreateClient } from '../api/useClientWrites';
import { useCustomFields } from '../api/useCustomFields';
import { useClientAccess } from '../hooks/useClientAccess';
import { useClientProblemMessages } from '../hooks/useClientProblemMessages';
import { useServerFieldErrors } from '../hooks/useServerFieldErrors';
import { clientFormValues, newClientBody } from '../utils/client-form';
import { clientStageStyles } from '../utils/client-styles';
import { ClientProfileFields } from './ClientProfileFields';

export type NewClientModalProps = { opened: boolean; onClose: () => void };

export function NewClientModal({ opened, onClose }: NewClientModalProps) {
  const { t } = useI18n();
  const fields = useCustomFields();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('clients.new.title')}
      size="xl"
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {opened &&
        // The form starts from the custom fields' definitions, so it waits for them.
        (fields.isPending ? (
          <LoadingState />
        ) : (
          <NewClientForm definitions={fields.data ?? []} onCancel={onClose} />
        ))}
    </Modal>
  );
}

type NewClientFormProps = { definitions: readonly CustomFieldDefinition[]; onCancel: () => void };

function NewClientForm({ definitions, onCancel }: NewClientFormProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const { user, access } = useClientAccess();
  const create = useCreateClient();
  const messages = useClientProblemMessages();
  const [stage, setStage] = useState<ClientStage>('lead');
  // Sales users own what they create; others choose an owner or leave it open.
  const ownerLocked = !access.chooseAnyOwner;
  const form = useForm({
    initialValues: clientFormValues(null, definitions, {
      ownerUserId: ownerLocked ? (user?.id ?? null) : null,
    }),
    validate: {
      companyName: (value) => (value.trim() ? null : t('clients.form.companyNameRequired')),
    },
  });
  useServerFieldErrors(form, create.error);

  const submit = form.onSubmit((values) =>
    create.mutate(newClientBody(values, definitions, stage), {
      onSuccess: (client) => navigate(`/clients/${client.id}`),
    }),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('clients.new.title')}>
      <Stack gap="md">
        {create.isError && (
          <ProblemAlert error={create.error} title={t('clients.new.failed')} messages={messages} />
        )}
        <NativeSelect
          label={t('clients.stage')}
          value={stage}
          onChange={(event) => setStage(event.currentTarget.value as ClientStage)}
          data={clientStages.map((value) => ({ value, label: t(clientStageStyles[value].label) }))}
          w={220}
        />
        <ClientProfileFields
          form={form}
          definitions={definitions}
          withStatus={false}
          ownerLocked={ownerLocked}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('clients.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
