import { Button, Group, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { UserInvitation, UserRole } from '@smartcrm/api-client';
import { problemFieldMessages } from '../../../api/problem-fields';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { ClientPicker } from '../../clients/components/ClientPicker';
import { useInviteUser } from '../api/useInviteUser';
import { useUserProblemMessages } from '../hooks/useUserProblemMessages';
import { roleStyles, userRoles } from '../utils/user-roles';

export type InviteUserFormProps = {
  onInvited: (result: UserInvitation) => void;
  onCancel: () => void;
};

type InviteValues = { email: string; name: string; role: UserRole; clientId: number | null };

export function InviteUserForm({ onInvited, onCancel }: InviteUserFormProps) {
  const { t } = useI18n();
  const invite = useInviteUser();
  const problemMessages = useUserProblemMessages();
  const form = useForm<InviteValues>({
    initialValues: { email: '', name: '', role: 'agent', clientId: null },
    validate: {
      email: (value) => (/^\S+@\S+\.\S+$/.test(value.trim()) ? null : t('auth.emailInvalid')),
      clientId: (value, values) =>
        values.role === 'customer' && value === null ? t('users.invite.clientRequired') : null,
    },
  });

  const submit = form.onSubmit((values) => {
    const body = {
      email: values.email.trim(),
      role: values.role,
      ...(values.name.trim() ? { name: values.name.trim() } : {}),
      ...(values.role === 'customer' && values.clientId !== null ? { clientId: values.clientId } : {}),
    };
    invite.mutate(body, {
      onSuccess: onInvited,
      onError: (error) => {
        const fields = problemFieldMessages(error);
        for (const field of ['email', 'name', 'clientId'] as const) {
          const messages = fields[field];
          if (messages) form.setFieldError(field, messages.join(t('list.separator')));
        }
      },
    });
  });

  const isCustomer = form.values.role === 'customer';

  return (
    <form onSubmit={submit} noValidate aria-label={t('users.invite.title')}>
      <Stack gap="md">
        {invite.isError && (
          <ProblemAlert error={invite.error} title={t('users.invite.failed')} messages={problemMessages} />
        )}
        <TextInput
          label={t('field.email')}
          type="email"
          autoComplete="off"
          required
          data-autofocus
          {...form.getInputProps('email')}
        />
        <TextInput
          label={t('field.personName')}
          description={t('users.invite.nameHint')}
          autoComplete="off"
          {...form.getInputProps('name')}
        />
        <NativeSelect
          label={t('users.role')}
          description={t('users.invite.roleHint')}
          required
          data={userRoles.map((role) => ({ value: role, label: t(roleStyles[role].label) }))}
          {...form.getInputProps('role')}
        />
        {isCustomer && (
          <ClientPicker
            label={t('users.client')}
            description={t('users.invite.clientHint')}
            required
            value={form.values.clientId}
            onChange={(clientId) => form.setFieldValue('clientId', clientId)}
            error={typeof form.errors.clientId === 'string' ? form.errors.clientId : undefined}
          />
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={invite.isPending}>
            {t('users.invite.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
