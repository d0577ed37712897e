import { Button, Group, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { problemFieldMessages } from '../../../api/problem-fields';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { useUpdateEmployee } from '../api/useEmployeeWrites';
import type { EmployeeChanges, EmployeeDetail } from '../api/workforce-types';
import { useEmployeeFormValidation } from '../hooks/useEmployeeFormValidation';
import { useWorkforceProblemMessages } from '../hooks/useWorkforceProblemMessages';
import { changedEmployeeFields, type EmployeeFormValues, employeeFormValues } from '../utils/employee-form';
import { isVersionConflict } from '../utils/workforce-problems';
import { EmployeeRecordFields } from './EmployeeRecordFields';
import { type SectionFeedback, SectionNotice } from './SectionNotice';

export type EmployeeEditSectionProps = { employee: EmployeeDetail; feedback: SectionFeedback };

const serverFields = ['name', 'email', 'role', 'departmentId', 'hireDate', 'phone'] as const;

/** The record's own fields, saved with the version they were loaded at (If-Match). */
export function EmployeeEditSection({ employee, feedback }: EmployeeEditSectionProps) {
  const { t } = useI18n();
  const update = useUpdateEmployee(employee);
  const problemMessages = useWorkforceProblemMessages();

  const save = (changes: EmployeeChanges, showFieldErrors: (messages: Record<string, string[]>) => void) =>
    update.mutate(changes, {
      onSuccess: feedback.onSaved,
      onError: (error) => {
        if (isVersionConflict(error)) feedback.onConflict();
        else showFieldErrors(problemFieldMessages(error));
      },
    });

  return (
    <SectionCard title={t('employees.edit.title')} description={t('employees.edit.description')}>
      <Stack gap="md">
        <SectionNotice notice={feedback.notice} />
        {update.isError && !isVersionConflict(update.error) && (
          <ProblemAlert error={update.error} title={t('employees.edit.failed')} messages={problemMessages} />
        )}
        {/* Mounted again for each version, so a newer record (after a save or a conflict) fills the fields. */}
        <EmployeeEditForm
          key={employee.version}
          employee={employee}
          saving={update.isPending}
          onSave={save}
        />
      </Stack>
    </SectionCard>
  );
}

type EmployeeEditFormProps = {
  employee: EmployeeDetail;
  saving: boolean;
  onSave: (changes: EmployeeChanges, showFieldErrors: (messages: Record<string, string[]>) => void) => void;
};

function EmployeeEditForm({ employee, saving, onSave }: EmployeeEditFormProps) {
  const { t } = useI18n();
  const initial = employeeFormValues(employee);
  const form = useForm<EmployeeFormValues>({ initialValues: initial, validate: useEmployeeFormValidation() });

  const submit = form.onSubmit((values) => {
    const changes = changedEmployeeFields(initial, values);
    if (Object.keys(changes).length === 0) return;
    onSave(changes, (messages) => {
      for (const field of serverFields) {
        const fieldMessages = messages[field];
        if (fieldMessages) form.setFieldError(field, fieldMessages.join(t('list.separator')));
      }
    });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={t('employees.edit.title')}>
      <Stack gap="md">
        <EmployeeRecordFields form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={!form.isDirty() || saving} onClick={() => form.reset()}>
            {t('action.discard')}
          </Button>
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
