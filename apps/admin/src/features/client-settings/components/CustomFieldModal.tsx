import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  TagsInput,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import {
  type CustomFieldDefinition,
  type CustomFieldType,
  customFieldTypes,
} from '../../clients/api/client-types';
import { useClientProblemMessages } from '../../clients/hooks/useClientProblemMessages';
import { useServerFieldErrors } from '../../clients/hooks/useServerFieldErrors';
import { useCreateCustomField, useUpdateCustomField } from '../api/useCustomFieldWrites';

export type CustomFieldModalProps = {
  opened: boolean;
  /** The field being changed; a new one is defined when absent. */
  field: CustomFieldDefinition | null;
  onClose: () => void;
};

export function CustomFieldModal({ opened, field, onClose }: CustomFieldModalProps) {
  const { t } = useI18n();
  const title = field ? t('customFields.editTitle', { label: field.label }) : t('customFields.addTitle');
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
        <CustomFieldForm key={field?.version ?? 'new'} field={field} title={title} onDone={onClose} />
      )}
    </Modal>
  );
}

type Values = { key: string; label: string; type: CustomFieldType; options: string[]; required: boolean };

const keyPattern = /^[a-z][a-z0-9_]{0,49}$/;

function CustomFieldForm({
  field,
  title,
  onDone,
}: {
  field: CustomFieldDefinition | null;
  title: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const messages = useClientProblemMessages();
  const create = useCreateCustomField();
  const update = useUpdateCustomField();
  const write = field ? update : create;
  const form = useForm<Values>({
    initialValues: {
      key: field?.key ?? '',
      label: field?.label ?? '',
      type: field?.type ?? 'text',
      options: field?.options ?? [],
      required: field?.required ?? false,
    },
    validate: {
      key: (value) => (field || keyPattern.test(value) ? null : t('customFields.keyInvalid')),
      label: (value) => (value.trim() ? null : t('customFields.labelRequired')),
      options: (value, values) =>
        values.type === 'select' && value.length === 0 ? t('customFields.error.optionsRequired') : null,
    },
  });
  useServerFieldErrors(form, write.error);

  const submit = form.onSubmit((values) => {
    const options = values.type === 'select' ? values.options : [];
    if (field) {
      update.mutate(
        { field, changes: { label: values.label.trim(), options, required: values.required } },
        { onSuccess: onDone },
      );
    } else {
      create.mutate(
        {
          key: values.key,
          label: values.label.trim(),
          type: values.type,
          options,
          required: values.required,
        },
        { onSuccess: onDone },
      );
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="md">
        {write.isError && (
          <ProblemAlert error={write.error} title={t('customFields.saveFailed')} messages={messages} />
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('customFields.key')}
            description={field ? t('customFields.keyFixed') : t('customFields.keyHint')}
            required
            disabled={field !== null}
            maxLength={50}
            {...form.getInputProps('key')}
          />
          <TextInput
            label={t('customFields.label')}
            required
            maxLength={255}
            {...form.getInputProps('label')}
            data-autofocus
          />
          <NativeSelect
            label={t('customFields.type')}
            description={field ? t('customFields.typeFixed') : undefined}
            disabled={field !== null}
            data={customFieldTypes.map((type) => ({ value: type, label: t(`customFields.type.${type}`) }))}
            {...form.getInputProps('type')}
          />
        </SimpleGrid>
        {form.values.type === 'select' && (
          <TagsInput
            label={t('customFields.options')}
            description={t('customFields.optionsHint')}
            required
            maxTags={100}
            {...form.getInputProps('options')}
          />
        )}
        <Checkbox
          label={t('customFields.required')}
          description={t('customFields.requiredHint')}
          {...form.getInputProps('required', { type: 'checkbox' })}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={write.isPending}>
            {field ? t('action.save') : t('customFields.add')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
