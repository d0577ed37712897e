import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { problemFieldMessages } from '../../../api/problem-fields';
import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { CreatedApiKey } from '../api/api-key-types';
import { useCreateApiKey } from '../api/useCreateApiKey';
import { useGrantableScopes } from '../api/useGrantableScopes';
import { useApiKeyProblemMessages } from '../hooks/useApiKeyProblemMessages';
import {
  type ApiKeyExpiryChoice,
  apiKeyExpiresAt,
  apiKeyExpiryChoices,
  expiryDayProblem,
  localDay,
} from '../utils/api-key-expiry';
import { scopeLabel } from '../utils/api-key-scopes';

export type CreateApiKeyFormProps = {
  onCreated: (created: CreatedApiKey) => void;
  onCancel: () => void;
};

type CreateApiKeyValues = { name: string; scopes: string[]; expiry: ApiKeyExpiryChoice; expiryDay: string };

const expiryLabels: Record<ApiKeyExpiryChoice, MessageKey> = {
  '7': 'apiKeys.expiry.days7',
  '30': 'apiKeys.expiry.days30',
  '90': 'apiKeys.expiry.days90',
  '365': 'apiKeys.expiry.days365',
  date: 'apiKeys.expiry.date',
  never: 'apiKeys.expiry.never',
};

const dayProblemMessages: Record<NonNullable<ReturnType<typeof expiryDayProblem>>, MessageKey> = {
  required: 'apiKeys.expiry.dayRequired',
  invalid: 'apiKeys.expiry.dayInvalid',
  past: 'apiKeys.expiry.dayPast',
};

export function CreateApiKeyForm({ onCreated, onCancel }: CreateApiKeyFormProps) {
  const { t } = useI18n();
  const create = useCreateApiKey();
  const problemMessages = useApiKeyProblemMessages();
  const scopes = useGrantableScopes().data ?? [];
  const form = useForm<CreateApiKeyValues>({
    initialValues: { name: '', scopes: [], expiry: '90', expiryDay: '' },
    validate: {
      name: (value) =>
        !value.trim()
          ? t('apiKeys.create.nameRequired')
          : value.trim().length > 100
            ? t('apiKeys.create.nameTooLong')
            : null,
      scopes: (value) => (value.length === 0 ? t('apiKeys.create.scopesRequired') : null),
      expiryDay: (value, values) => {
        if (values.expiry !== 'date') return null;
        const problem = expiryDayProblem(value, new Date());
        return problem ? t(dayProblemMessages[problem]) : null;
      },
    },
  });

  const submit = form.onSubmit((values) => {
    const expiresAt = apiKeyExpiresAt(values.expiry, values.expiryDay, new Date());
    // Validation has already turned an unusable day away; this only satisfies the type.
    if (expiresAt === undefined) return;
    const body = {
      name: values.name.trim(),
      scopes: values.scopes,
      ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {}),
    };
    create.mutate(body, {
      onSuccess: onCreated,
      onError: (error) => {
        const fields = problemFieldMessages(error);
        for (const [field, formField] of [
          ['name', 'name'],
          ['scopes', 'scopes'],
          ['expiresAt', 'expiryDay'],
        ] as const) {
          const messages = fields[field];
          if (messages) form.setFieldError(formField, messages.join(t('list.separator')));
        }
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('apiKeys.create.title')}>
      <Stack gap="md">
        {create.isError && (
          <ProblemAlert error={create.error} title={t('apiKeys.create.failed')} messages={problemMessages} />
        )}
        <TextInput
          label={t('field.name')}
          description={t('apiKeys.create.nameHint')}
          autoComplete="off"
          required
          data-autofocus
          {...form.getInputProps('name')}
        />
        <Checkbox.Group
          label={t('apiKeys.scopes')}
          description={t('apiKeys.create.scopesHint')}
          required
          {...form.getInputProps('scopes')}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" verticalSpacing="xs" mt="xs">
            {scopes.map((scope) => {
              const label = scopeLabel(scope);
              return (
                <Checkbox
                  key={scope}
                  value={scope}
                  label={label ? t(label) : scope}
                  description={label ? scope : undefined}
                />
              );
            })}
          </SimpleGrid>
        </Checkbox.Group>
        <NativeSelect
          label={t('apiKeys.expires')}
          description={
            form.values.expiry === 'never' ? t('apiKeys.expiry.neverHint') : t('apiKeys.expiry.hint')
          }
          data={apiKeyExpiryChoices.map((choice) => ({ value: choice, label: t(expiryLabels[choice]) }))}
          {...form.getInputProps('expiry')}
        />
        {form.values.expiry === 'date' && (
          <TextInput
            type="date"
            label={t('apiKeys.expiry.day')}
            description={t('apiKeys.expiry.dayHint')}
            required
            min={localDay(new Date())}
            {...form.getInputProps('expiryDay')}
          />
        )}
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('apiKeys.create.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
