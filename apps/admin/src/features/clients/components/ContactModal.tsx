import { Button, Checkbox, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { ClientContact } from '../api/client-types';
import { useCreateContact, useUpdateContact } from '../api/useClientContacts';
import { useClientProblemMessages } from '../hooks/useClientProblemMessages';
import { useServerFieldErrors } from '../hooks/useServerFieldErrors';

export type ContactModalProps = {
  clientId: number;
  opened: boolean;
  /** The contact being changed; a new one is added when absent. */
  contact: ClientContact | null;
  onClose: () => void;
};

export function ContactModal({ clientId, opened, contact, onClose }: ContactModalProps) {
  const { t } = useI18n();
  const title = contact ? t('clients.contacts.editTitle') : t('clients.contacts.addTitle');
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={title}
      size="lg"
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700 } }}
    >
      {opened && (
        <ContactForm
          key={contact?.version ?? 'new'}
          clientId={clientId}
          contact={contact}
          title={title}
          onDone={onClose}
        />
      )}
    </Modal>
  );
}

type ContactFormProps = {
  clientId: number;
  contact: ClientContact | null;
  title: string;
  onDone: () => void;
};

const orNull = (value: string) => (value.trim() ? value.trim() : null);

function ContactForm({ clientId, contact, title, onDone }: ContactFormProps) {
  const { t } = useI18n();
  const messages = useClientProblemMessages();
  const create = useCreateContact(clientId);
  const update = useUpdateContact(clientId);
  const write = contact ? update : create;
  const form = useForm({
    initialValues: {
      name: contact?.name ?? '',
      jobTitle: contact?.jobTitle ?? '',
      email: contact?.email ?? '',
      phone: contact?.phone ?? '',
      isPrimary: contact?.isPrimary ?? false,
    },
    validate: { name: (value) => (value.trim() ? null : t('clients.contacts.nameRequired')) },
  });
  useServerFieldErrors(form, write.error);

  const submit = form.onSubmit((values) => {
    const body = {
      name: values.name.trim(),
      jobTitle: orNull(values.jobTitle),
      email: orNull(values.email),
      phone: orNull(values.phone),
      isPrimary: values.isPrimary,
    };
    if (contact) update.mutate({ contact, changes: body }, { onSuccess: onDone });
    else create.mutate(body, { onSuccess: onDone });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md">
        {write.isError && (
          <ProblemAlert error={write.error} title={t('clients.contacts.failed')} messages={messages} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('field.personName')}
            required
            maxLength={255}
            {...form.getInputProps('name')}
            data-autofocus
          />
          <TextInput
            label={t('clients.contacts.jobTitle')}
            maxLength={100}
            {...form.getInputProps('jobTitle')}
          />
          <TextInput label={t('field.email')} type="email" maxLength={255} {...form.getInputProps('email')} />
          <TextInput label={t('clients.phone')} type="tel" maxLength={50} {...form.getInputProps('phone')} />
        </SimpleGrid>
        <Checkbox
          label={t('clients.contacts.primary')}
          description={t('clients.contacts.primaryHint')}
          {...form.getInputProps('isPrimary', { type: 'checkbox' })}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={write.isPending}>
            {contact ? t('action.save') : t('clients.contacts.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
