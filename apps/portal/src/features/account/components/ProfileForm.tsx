import { Alert, Button, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { User } from '@smartcrm/api-client';
import { IconCircleCheck } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { FormAlert } from '../../../ui/FormAlert';
import { focusFirstError, showServerErrors } from '../../../ui/form-focus';
import { errorMessage, formErrors } from '../../auth/utils/error-message';
import { useUpdateProfile } from '../api/useUpdateProfile';
import {
  isValidPhone,
  type ProfileFormValues,
  profileChanges,
  profileFormValues,
  profileLocales,
  timeZoneOptions,
} from '../utils/profile-form';

export type ProfileFormProps = { user: User };

const problemFields = {
  'body.name': 'name',
  'body.phone': 'phone',
  'body.locale': 'locale',
  'body.timeZone': 'timeZone',
} as const;

export function ProfileForm({ user }: ProfileFormProps) {
  const { t } = useI18n();
  const updateProfile = useUpdateProfile();
  const [notice, setNotice] = useState<'saved' | 'unchanged' | null>(null);
  const timeZones = useMemo(() => timeZoneOptions(user.timeZone), [user.timeZone]);
  const form = useForm<ProfileFormValues>({
    initialValues: profileFormValues(user),
    validate: {
      name: (value) => (value.trim() ? null : t('account.profile.nameRequired')),
      phone: (value) => (!value.trim() || isValidPhone(value) ? null : t('account.profile.phoneInvalid')),
    },
    onValuesChange: () => setNotice(null),
  });

  const submit = form.onSubmit(
    (values) => {
      const changes = profileChanges(user, values);
      if (Object.keys(changes).length === 0) {
        setNotice('unchanged');
        return;
      }
      updateProfile.mutate(changes, {
        onSuccess: (saved) => {
          const savedValues = profileFormValues(saved);
          form.setInitialValues(savedValues);
          form.setValues(savedValues);
          setNotice('saved');
        },
        onError: (error) =>
          showServerErrors(
            form,
            formErrors(error, {
              fields: problemFields,
              t,
              fallbacks: { name: 'account.profile.nameRequired', phone: 'account.profile.phoneInvalid' },
            }),
          ),
      });
    },
    (errors) => focusFirstError(form, errors),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('account.profile.title')}>
      <Stack gap="md">
        {updateProfile.error && (
          <FormAlert title={t('account.profile.failed')}>{errorMessage(updateProfile.error, t)}</FormAlert>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('account.profile.name')}
            autoComplete="name"
            required
            {...form.getInputProps('name')}
          />
          <TextInput
            label={t('account.profile.phone')}
            type="tel"
            autoComplete="tel"
            {...form.getInputProps('phone')}
          />
        </SimpleGrid>
        <TextInput
          label={t('account.profile.email')}
          description={t('account.profile.emailHint')}
          value={user.email}
          readOnly
          variant="filled"
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Select
            label={t('account.profile.locale')}
            description={t('account.profile.localeHint')}
            data={profileLocales}
            allowDeselect={false}
            {...form.getInputProps('locale')}
          />
          <Select
            label={t('account.profile.timeZone')}
            data={timeZones}
            searchable
            allowDeselect={false}
            nothingFoundMessage={t('account.profile.timeZoneNothingFound')}
            {...form.getInputProps('timeZone')}
          />
        </SimpleGrid>
        {notice && (
          <Alert
            color={notice === 'saved' ? 'green' : 'gray'}
            variant="light"
            role="status"
            py="xs"
            icon={notice === 'saved' ? <IconCircleCheck aria-hidden /> : undefined}
          >
            {t(notice === 'saved' ? 'account.profile.saved' : 'account.profile.unchanged')}
          </Alert>
        )}
        <Button type="submit" loading={updateProfile.isPending} style={{ alignSelf: 'flex-start' }}>
          {t('account.profile.save')}
        </Button>
      </Stack>
    </form>
  );
}
