import { employeeResource } from '../features/employees/api/employee-resource';
import { EmployeeDetail } from '../features/employees/components/EmployeeDetail';
import { ResourceDetailView } from '../features/listing/components/ResourceDetailView';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { useI18n } from '../i18n/useI18n';

export function EmployeeDetailPage() {
  const { t } = useI18n();
  const id = useRecordId();
  return (
    <ResourceDetailView resource={employeeResource} id={id} backLabel={t('employees.title')}>
      {(employee) => <EmployeeDetail employee={employee} />}
    </ResourceDetailView>
  );
}
