import type { MessageKey } from '../../../i18n/messages-en';
import { useI18n } from '../../../i18n/useI18n';
import type { EmployeeUse } from '../utils/workforce-problems';

const useLabels: Record<EmployeeUse, MessageKey> = {
  direct_reports: 'employees.delete.use.direct_reports',
  department_head: 'employees.delete.use.department_head',
  user_account: 'employees.delete.use.user_account',
  other_records: 'employees.delete.use.other_records',
};

/** Words for what refers to an employee, the reasons a delete is refused. */
export function useEmployeeUseLabels(): (use: EmployeeUse) => string {
  const { t } = useI18n();
  return (use) => t(useLabels[use]);
}
