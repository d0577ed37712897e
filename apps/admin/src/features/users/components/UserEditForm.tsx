import { Button, Group, NativeSelect, Stack, Switch, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { ManagedUser } from '@smartcrm/api-client';
import { isApiProblem } from '@smartcrm/api-client';
import { IconRefresh } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useReloadUser, useUpdateUser } from '../api/useUpdateUser';
import { useUserProblemMessages } from '../hooks/useUserProblemMessages';
import { changedUserFields, userFormValues } from '../utils/user-changes';
import { assignableRoles, roleStyles } from '../utils/user-roles';

export type UserEditFormProps = {
  /** The account as loaded; mount the form again (key it by version) when a newer one arrives. */
  user: ManagedUser;
  isSelf: boolean;
  onSaved: () => void;
};

export function UserEditForm({ user, isSelf, onSaved }: UserEditFormProps) {
  const { t } = useI18n();
  const update = useUpdateUser(user);
  const reload = useReloadUser(user.id);
  const problemMessages = useUserProblemMessages();
  const initial = userFormValues(user);
  const form = useForm({
    initialValues: initial,
    validate: { name: (value) => (value.trim().length > 255 ? t('users.nameTooLong') : null) },
  });

  const submit = form.onSubmit((values) => {
    const changes = changedUserFields(initial, values);
    if (Object.keys(changes).length > 0) update.mutate(changes, { onSuccess: onSaved });
  });

  const roles = assignableRoles(user.role);
  const conflict = isApiProblem(update.error) && update.error.code === 'version_conflict';

  return (
    <form onSubmit={submit} noValidate aria-label={t('users.edit.title')}>
      <Stack gap="md">
        {update.isError && (
          <ProblemAlert
            error={update.error}
            title={t('users.edit.failed')}
            messages={problemMessages}
            action={
              conflict && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconRefresh size={14} aria-hidden />}
                  onClick={() => void reload()}
                >
                  {t('users.edit.reload')}
                </Button>
              )
            }
          />
        )}
        <TextInput label={t('field.personName')} autoComplete="off" {...form.getInputProps('name')} />
        <NativeSelect
          label={t('users.role')}
          description={isSelf ? t('users.edit.selfHint') : t('users.edit.roleHint')}
          disabled={isSelf || roles.length === 1}
          data={roles.map((role) => ({ value: role, label: t(roleStyles[role].label) }))}
          {...form.getInputProps('role')}
        />
        <Switch
          label={t('users.edit.active')}
          description={isSelf ? t('users.edit.selfHint') : t('users.edit.activeHint')}
          disabled={isSelf}
          {...form.getInputProps('isActive', { type: 'checkbox' })}
        />
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
      </Stack>
    </form>
  );
}
