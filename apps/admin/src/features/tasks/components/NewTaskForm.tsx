import { Button, Group, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { ClientPicker } from '../../clients/components/ClientPicker';
import { useClientProblemMessages } from '../../clients/hooks/useClientProblemMessages';
import { useServerFieldErrors } from '../../clients/hooks/useServerFieldErrors';
import { EmployeePicker } from '../../employees/components/EmployeePicker';
import type { NewTask } from '../api/task-types';
import { useCreateTask } from '../api/useTasks';
import { localDateTimeToIso } from '../utils/task-due';

export type NewTaskFormProps = {
  /** The client the task is for; the form asks for one when absent. */
  clientId?: number;
  /** Who gets it unless changed, e.g. the signed-in user's own employee record. */
  defaultAssigneeId?: number | null;
  onCreated?: () => void;
  onCancel?: () => void;
};

type Values = {
  clientId: number | null;
  title: string;
  description: string;
  dueAt: string;
  assigneeEmployeeId: number | null;
};

/** A follow-up for a client, with a due date and the employee who does it. */
export function NewTaskForm({ clientId, defaultAssigneeId = null, onCreated, onCancel }: NewTaskFormProps) {
  const { t } = useI18n();
  const messages = useClientProblemMessages();
  const create = useCreateTask();
  const initialValues: Values = {
    clientId: clientId ?? null,
    title: '',
    description: '',
    dueAt: '',
    assigneeEmployeeId: defaultAssigneeId,
  };
  const form = useForm<Values>({
    initialValues,
    validate: {
      title: (value) => (value.trim() ? null : t('tasks.titleRequired')),
      clientId: (value) => (value === null ? t('tasks.clientRequired') : null),
    },
  });
  useServerFieldErrors(form, create.error);

  const submit = form.onSubmit((values) => {
    if (values.clientId === null) return;
    const body: NewTask = { clientId: values.clientId, title: values.title.trim() };
    if (values.description.trim()) body.description = values.description;
    const due = localDateTimeToIso(values.dueAt);
    if (due) body.dueAt = due;
    if (values.assigneeEmployeeId !== null) body.assigneeEmployeeId = values.assigneeEmployeeId;
    create.mutate(body, {
      onSuccess: () => {
        form.setValues({ ...initialValues, clientId: values.clientId });
        onCreated?.();
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('tasks.new.title')}>
      <Stack gap="sm">
        {create.isError && (
          <ProblemAlert error={create.error} title={t('tasks.new.failed')} messages={messages} />
        )}
        {clientId === undefined && (
          <ClientPicker
            label={t('tasks.client')}
            required
            value={form.values.clientId}
            onChange={(value) => form.setFieldValue('clientId', value)}
            error={form.errors.clientId as string | undefined}
          />
        )}
        <TextInput label={t('tasks.taskTitle')} required maxLength={255} {...form.getInputProps('title')} />
        <Textarea
          label={t('field.description')}
          autosize
          minRows={2}
          maxLength={10_000}
          {...form.getInputProps('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput type="datetime-local" label={t('tasks.due')} {...form.getInputProps('dueAt')} />
          <EmployeePicker
            label={t('tasks.assignee')}
            currentOnly
            value={form.values.assigneeEmployeeId}
            onChange={(value) => form.setFieldValue('assigneeEmployeeId', value)}
            error={form.errors.assigneeEmployeeId as string | undefined}
          />
        </SimpleGrid>
        <Group justify="flex-end" gap="sm">
          {onCancel && (
            <Button variant="default" onClick={onCancel}>
              {t('action.cancel')}
            </Button>
          )}
          <Button type="submit" loading={create.isPending}>
            {t('tasks.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
