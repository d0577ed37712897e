import { SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { DepartmentSelect } from '../../departments/components/DepartmentSelect';
import type { EmployeeFormValues } from '../utils/employee-form';

export type EmployeeRecordFieldsProps = {
  form: UseFormReturnType<EmployeeFormValues>;
  /** Puts the cursor in the first field when the form opens in a dialog. */
  autoFocus?: boolean;
};

/** The record fields both the new-employee form and the edit form have. */
export function EmployeeRecordFields({ form, autoFocus }: EmployeeRecordFieldsProps) {
  const { t } = useI18n();
  const departmentError = form.errors.departmentId;
  return (
    <>
      <TextInput
        label={t('field.personName')}
        required
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps('name')}
      />
      <TextInput
        label={t('field.email')}
        type="email"
        required
        autoComplete="off"
        {...form.getInputProps('email')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput label={t('employees.role')} required autoComplete="off" {...form.getInputProps('role')} />
        <DepartmentSelect
          label={t('employees.department')}
          required
          value={form.values.departmentId}
          onChange={(id) => form.setFieldValue('departmentId', id)}
          error={typeof departmentError === 'string' ? departmentError : undefined}
        />
        <TextInput label={t('employees.hireDate')} type="date" required {...form.getInputProps('hireDate')} />
        <TextInput
          label={t('employees.phone')}
          type="tel"
          autoComplete="off"
          {...form.getInputProps('phone')}
        />
      </SimpleGrid>
    </>
  );
}
