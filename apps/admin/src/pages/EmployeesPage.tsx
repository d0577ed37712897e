import { employeeResource } from '../features/employees/api/employee-resource';
import { useEmployeeColumns } from '../features/employees/hooks/useEmployeeColumns';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { useI18n } from '../i18n/useI18n';

export function EmployeesPage() {
  const { t } = useI18n();
  const columns = useEmployeeColumns();
  return (
    <ResourceListView
      resource={employeeResource}
      title={t('employees.title')}
      searchPlaceholder={t('employees.search')}
      columns={columns}
    />
  );
}
