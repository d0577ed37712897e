import { Alert, Avatar, Button, Group, NativeSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { isApiProblem, type User } from '@smartcrm/api-client';
import { languages } from '@smartcrm/ui';
import { IconCircleCheck, IconRefresh } from '@tabler/icons-react';
import { useQueryClient } from '@tanstack/react-query';
import { useMemo } from 'react';
import { problemFieldMessages } from '../../../api/problem-fields';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useUpdateProfile } from '../api/useUpdateProfile';
import {
  changedProfileFields,
  isHttpsUrl,
  type ProfileFormValues,
  profileFormValues,
} from '../utils/profile-changes';
import { supportedTimeZones, timeZoneOptions } from '../utils/time-zones';

export type ProfileFormProps = {
  /** The profile as loaded; mount the form again (key it by version) when a newer one arrives. */
  user: User;
  saved: boolean;
  onSaved: () => void;
};

const profileFields = ['name', 'phone', 'locale', 'timeZone', 'avatarUrl'] as const;

export function ProfileForm({ user, saved, onSaved }: ProfileFormProps) {
  const { t, setLanguage } = useI18n();
  const queryClient = useQueryClient();
  const update = useUpdateProfile(user.version);
  const initial = profileFormValues(user);
  const zones = useMemo(() => timeZoneOptions(user.timeZone, supportedTimeZones()), [user.timeZone]);
  const form = useForm<ProfileFormValues>({
    initialValues: initial,
    validate: {
      name: (value) => (value.trim().length > 255 ? t('profile.nameTooLong') : null),
      phone: (value) =>
        value.trim() === '' || /^\+?[0-9 ()./-]{3,50}$/.test(value.trim()) ? null : t('profile.phoneInvalid'),
      avatarUrl: (value) =>
        value.trim() === '' || isHttpsUrl(value.trim()) ? null : t('profile.avatarInvalid'),
      timeZone: (value) => (value ? null : t('profile.timeZoneRequired')),
    },
  });

  const submit = form.onSubmit((values) => {
    const changes = changedProfileFields(initial, values);
    if (Object.keys(changes).length === 0) return;
    update.mutate(changes, {
      onSuccess: (profile) => {
        // The language chosen for the account is the language of this UI from now on.
        if (profile.locale === 'en' || profile.locale === 'zh-CN') setLanguage(profile.locale);
        onSaved();
      },
      onError: (error) => {
        const fields = problemFieldMessages(error);
        for (const field of profileFields) {
          const messages = fields[field];
          if (messages) form.setFieldError(field, messages.join(t('list.separator')));
        }
      },
    });
  });

  const conflict = isApiProblem(update.error) && update.error.code === 'version_conflict';
  const avatarPreview = isHttpsUrl(form.values.avatarUrl.trim()) ? form.values.avatarUrl.trim() : null;
  const displayName = form.values.name.trim() || user.username;

  return (
    <form onSubmit={submit} noValidate aria-label={t('profile.detailsTitle')}>
      <Stack gap="md">
        {saved && !form.isDirty() && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('profile.saved')}
          </Alert>
        )}
        {update.isError && (
          <ProblemAlert
            error={update.error}
            title={t('profile.saveFailed')}
            messages={{ version_conflict: t('profile.versionConflict') }}
            action={
              conflict && (
                <Button
                  size="xs"
                  variant="default"
                  leftSection={<IconRefresh size={14} aria-hidden />}
                  onClick={() => void queryClient.refetchQueries({ queryKey: ['auth', 'me'], exact: true })}
                >
                  {t('users.edit.reload')}
                </Button>
              )
            }
          />
        )}
        <Group gap="md" wrap="nowrap">
          <Avatar src={avatarPreview} name={displayName} color="initials" size={64} radius="xl" alt="" />
          <div>
            <Text fw={600}>{displayName}</Text>
            <Text size="sm" c="dimmed">
              {user.email}
            </Text>
          </div>
        </Group>
        <TextInput label={t('field.personName')} autoComplete="name" {...form.getInputProps('name')} />
        <TextInput
          label={t('profile.phone')}
          type="tel"
          autoComplete="tel"
          {...form.getInputProps('phone')}
        />
        <NativeSelect
          label={t('profile.language')}
          description={t('profile.languageHint')}
          data={languages.map(({ value, label }) => ({ value, label }))}
          {...form.getInputProps('locale')}
        />
        <Select
          label={t('profile.timeZone')}
          searchable
          data={zones}
          nothingFoundMessage={t('profile.timeZoneNone')}
          allowDeselect={false}
          {...form.getInputProps('timeZone')}
        />
        <TextInput
          label={t('profile.avatarUrl')}
          description={t('profile.avatarHint')}
          type="url"
          placeholder="https://"
          {...form.getInputProps('avatarUrl')}
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
