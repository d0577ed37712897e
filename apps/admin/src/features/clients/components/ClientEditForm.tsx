import { Alert, Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Client } from '@smartcrm/api-client';
import { isApiProblem } from '@smartcrm/api-client';
import { IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { type CustomFieldDefinition, clientQueryKeys } from '../api/client-types';
import { useUpdateClient } from '../api/useClientWrites';
import { useClientAccess } from '../hooks/useClientAccess';
import { useClientProblemMessages } from '../hooks/useClientProblemMessages';
import { useServerFieldErrors } from '../hooks/useServerFieldErrors';
import { clientChanges, clientFormValues } from '../utils/client-form';
import { ClientProfileFields } from './ClientProfileFields';

export type ClientEditFormProps = {
  /** The client as loaded; mount the form again (key it by version) when a newer one arrives. */
  client: Client;
  definitions: readonly CustomFieldDefinition[];
  disabled: boolean;
  /** Whether the version shown is the one this form just saved (kept by the parent across remounts). */
  saved: boolean;
  /** Called with the version a save produced, and with null once the user edits again. */
  onSavedChange: (version: number | null) => void;
};

/** The profile, address and custom fields; only what changed is sent, with the version it was read at. */
export function ClientEditForm({ client, definitions, disabled, saved, onSavedChange }: ClientEditFormProps) {
  const { t } = useI18n();
  const queryClient = useQueryClient();
  const messages = useClientProblemMessages();
  const { access } = useClientAccess();
  const update = useUpdateClient(client);
  const initial = clientFormValues(client, definitions);
  const form = useForm({
    initialValues: initial,
    validate: { companyName: (value) => (value.trim() ? null : t('clients.form.companyNameRequired')) },
    onValuesChange: () => onSavedChange(null),
  });
  useServerFieldErrors(form, update.error);
  const conflict = isApiProblem(update.error) && update.error.code === 'version_conflict';

  const submit = form.onSubmit((values) => {
    const changes = clientChanges(initial, values, definitions);
    if (Object.keys(changes).length > 0)
      update.mutate(changes, { onSuccess: (updated) => onSavedChange(updated.version) });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('clients.edit.title')}>
      <Stack gap="md">
        {saved && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('clients.edit.saved')}
          </Alert>
        )}
        {update.isError && (
          <ProblemAlert
            error={update.error}
            title={t('clients.edit.failed')}
            messages={messages}
            action={
              conflict && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconRefresh size={14} aria-hidden />}
                  onClick={() =>
                    void queryClient.refetchQueries({
                      queryKey: clientQueryKeys.detail(client.id),
                      exact: true,
                    })
                  }
                >
                  {t('clients.edit.reload')}
                </Button>
              )
            }
          />
        )}
        <ClientProfileFields
          form={form}
          definitions={definitions}
          withStatus
          ownerLocked={!access.chooseAnyOwner}
          disabled={disabled}
        />
        {!disabled && (
          <Group justify="flex-end" gap="sm">
            <Button
              variant="default"
              disabled={!form.isDirty() || update.isPending}
              onClick={() => form.reset()}
            >
              {t('action.discard')}
            </Button>
            <Button type="submit" loading={update.isPending} disabled={!form.isDirty()}>
              {t('action.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
