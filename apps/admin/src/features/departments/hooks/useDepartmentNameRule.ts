import { useI18n } from '../../../i18n/useI18n';
import { departmentNameProblem, maxDepartmentName } from '../utils/department-form';

/** The department name's validation rule (see departmentNameProblem), worded for @mantine/form. */
export function useDepartmentNameRule(): (name: string) => string | null {
  const { t } = useI18n();
  return (name) => {
    const problem = departmentNameProblem(name);
    if (problem === 'required') return t('departments.form.nameRequired');
    if (problem === 'tooLong') return t('departments.form.nameTooLong', { max: maxDepartmentName });
    return null;
  };
}
