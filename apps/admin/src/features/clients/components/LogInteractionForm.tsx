import {
  Button,
  Group,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { type InteractionKind, interactionKinds, type NewInteraction } from '../api/client-types';
import { useClientContacts } from '../api/useClientContacts';
import { useLogInteraction } from '../api/useClientHistory';
import { useClientProblemMessages } from '../hooks/useClientProblemMessages';
import { useServerFieldErrors } from '../hooks/useServerFieldErrors';
import { interactionKindStyles } from '../utils/client-styles';

export type LogInteractionFormProps = { clientId: number };

type Values = {
  kind: InteractionKind;
  subject: string;
  body: string;
  occurredAt: string;
  durationMinutes: number | string;
  contactId: string;
};

const empty: Values = {
  kind: 'call',
  subject: '',
  body: '',
  occurredAt: '',
  durationMinutes: '',
  contactId: '',
};

/** Logs a call, email, meeting or note with the client; it appears in the timeline at once. */
export function LogInteractionForm({ clientId }: LogInteractionFormProps) {
  const { t } = useI18n();
  const messages = useClientProblemMessages();
  const log = useLogInteraction(clientId);
  const contacts = useClientContacts(clientId);
  const form = useForm<Values>({
    initialValues: empty,
    validate: { subject: (value) => (value.trim() ? null : t('clients.interaction.subjectRequired')) },
  });
  useServerFieldErrors(form, log.error);

  const submit = form.onSubmit((values) => {
    const body: NewInteraction = { kind: values.kind, subject: values.subject.trim() };
    if (values.body.trim()) body.body = values.body;
    // The picker shows local time; the API takes an instant.
    if (values.occurredAt) body.occurredAt = new Date(values.occurredAt).toISOString();
    if (typeof values.durationMinutes === 'number') body.durationMinutes = values.durationMinutes;
    if (values.contactId) body.contactId = Number(values.contactId);
    log.mutate(body, { onSuccess: () => form.setValues({ ...empty, kind: values.kind }) });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('clients.interaction.logTitle')}>
      <Stack gap="sm">
        {log.isError && (
          <ProblemAlert error={log.error} title={t('clients.interaction.failed')} messages={messages} />
        )}
        <SegmentedControl
          aria-label={t('clients.interaction.kind')}
          data={interactionKinds.map((kind) => ({
            value: kind,
            label: t(interactionKindStyles[kind].label),
          }))}
          {...form.getInputProps('kind')}
          style={{ alignSelf: 'flex-start' }}
        />
        <TextInput
          label={t('clients.interaction.subject')}
          required
          maxLength={255}
          {...form.getInputProps('subject')}
        />
        <Textarea
          label={t('clients.interaction.body')}
          autosize
          minRows={2}
          maxLength={20_000}
          {...form.getInputProps('body')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="datetime-local"
            label={t('clients.interaction.occurredAt')}
            description={t('clients.interaction.occurredAtHint')}
            {...form.getInputProps('occurredAt')}
          />
          <NumberInput
            label={t('clients.interaction.duration')}
            min={0}
            max={24 * 60}
            allowDecimal={false}
            {...form.getInputProps('durationMinutes')}
          />
          <NativeSelect
            label={t('clients.interaction.contact')}
            data={[
              { value: '', label: t('field.none') },
              ...(contacts.data ?? []).map((contact) => ({ value: String(contact.id), label: contact.name })),
            ]}
            {...form.getInputProps('contactId')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button type="submit" loading={log.isPending}>
            {t('clients.interaction.log')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
