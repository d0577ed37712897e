import { TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { EmployeePicker } from '../../employees/components/EmployeePicker';
import type { DepartmentFormValues } from '../utils/department-form';
import { DepartmentSelect } from './DepartmentSelect';

export type DepartmentFieldsProps = {
  form: UseFormReturnType<DepartmentFormValues>;
  /** The department being edited: it cannot move under itself or its own sub-departments. */
  departmentId?: number;
  /** The head as loaded, so their name shows at once. */
  head?: { id: number; name: string } | null;
  autoFocus?: boolean;
};

/** Name, parent and head: what creating and editing a department both ask. */
export function DepartmentFields({ form, departmentId, head, autoFocus }: DepartmentFieldsProps) {
  const { t } = useI18n();
  return (
    <>
      <TextInput
        label={t('departments.name')}
        required
        autoComplete="off"
        data-autofocus={autoFocus || undefined}
        {...form.getInputProps('name')}
      />
      <DepartmentSelect
        label={t('departments.parent')}
        description={t('departments.parentHint')}
        placeholder={t('departments.topLevel')}
        value={form.values.parentId}
        onChange={(id) => form.setFieldValue('parentId', id)}
        exclude={departmentId}
        clearable
      />
      <EmployeePicker
        label={t('departments.head')}
        description={t('departments.headHint')}
        placeholder={t('departments.noHead')}
        value={form.values.headEmployeeId}
        selected={head}
        onChange={(id) => form.setFieldValue('headEmployeeId', id)}
        currentOnly
      />
    </>
  );
}
