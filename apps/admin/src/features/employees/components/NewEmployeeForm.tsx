import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { problemFieldMessages } from '../../../api/problem-fields';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { useCreateEmployee } from '../api/useEmployeeWrites';
import type { EmployeeDetail } from '../api/workforce-types';
import { useEmployeeFormValidation } from '../hooks/useEmployeeFormValidation';
import { useWorkforceProblemMessages } from '../hooks/useWorkforceProblemMessages';
import { type EmployeeFormValues, emptyEmployeeForm, localDay, toNewEmployee } from '../utils/employee-form';
import { EmployeePicker } from './EmployeePicker';
import { EmployeeRecordFields } from './EmployeeRecordFields';

export type NewEmployeeFormProps = {
  onCreated: (employee: EmployeeDetail) => void;
  onCancel: () => void;
};

const serverFields = ['name', 'email', 'role', 'departmentId', 'hireDate', 'phone'] as const;

export function NewEmployeeForm({ onCreated, onCancel }: NewEmployeeFormProps) {
  const { t } = useI18n();
  const create = useCreateEmployee();
  const problemMessages = useWorkforceProblemMessages();
  const [managerId, setManagerId] = useState<number | null>(null);
  const form = useForm<EmployeeFormValues>({
    initialValues: emptyEmployeeForm(localDay(new Date())),
    validate: useEmployeeFormValidation(),
  });

  const submit = form.onSubmit((values) => {
    create.mutate(toNewEmployee(values, managerId), {
      onSuccess: onCreated,
      onError: (error) => {
        const messages = problemFieldMessages(error);
        for (const field of serverFields) {
          const fieldMessages = messages[field];
          if (fieldMessages) form.setFieldError(field, fieldMessages.join(t('list.separator')));
        }
      },
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('employees.new.title')}>
      <Stack gap="md">
        {create.isError && (
          <ProblemAlert error={create.error} title={t('employees.new.failed')} messages={problemMessages} />
        )}
        <EmployeeRecordFields form={form} autoFocus />
        <EmployeePicker
          label={t('employees.manager')}
          description={t('employees.new.managerHint')}
          value={managerId}
          onChange={setManagerId}
          currentOnly
        />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('employees.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
