import { useI18n } from '../../../i18n/useI18n';

/** Plain words for the problems employee, department and skill writes can run into, by problem code. */
export function useWorkforceProblemMessages(): Record<string, string> {
  const { t } = useI18n();
  return {
    version_conflict: t('employees.error.versionConflict'),
    forbidden: t('employees.error.forbidden'),
    employee_not_found: t('employees.error.notFound'),
    employee_email_taken: t('employees.error.emailTaken'),
    invalid_status_transition: t('employees.error.invalidStatusTransition'),
    manager_cycle: t('employees.error.managerCycle'),
    manager_terminated: t('employees.error.managerTerminated'),
    user_already_linked: t('employees.error.userAlreadyLinked'),
    user_not_staff: t('employees.error.userNotStaff'),
    employee_in_use: t('employees.error.inUse'),
    department_not_found: t('departments.error.notFound'),
    department_name_taken: t('departments.error.nameTaken'),
    department_cycle: t('departments.error.cycle'),
    department_has_employees: t('departments.error.hasEmployees'),
    department_has_children: t('departments.error.hasChildren'),
    employee_terminated: t('departments.error.headTerminated'),
    skill_not_found: t('skills.error.notFound'),
    skill_name_taken: t('skills.error.nameTaken'),
    skill_in_use: t('skills.error.inUse'),
  };
}
