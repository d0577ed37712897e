import { Alert, Button, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconCircleCheck, IconUserPlus } from '@tabler/icons-react';
import { useLocation } from 'react-router';
import { employeeResource } from '../features/employees/api/employee-resource';
import { EmployeeFilters } from '../features/employees/components/EmployeeFilters';
import { NewEmployeeModal } from '../features/employees/components/NewEmployeeModal';
import { useCanManageWorkforce } from '../features/employees/hooks/useCanManageWorkforce';
import { useEmployeeColumns } from '../features/employees/hooks/useEmployeeColumns';
import { ResourceListView } from '../features/listing/components/ResourceListView';
import { SavedViewsMenu } from '../features/listing/components/SavedViewsMenu';
import { useI18n } from '../i18n/useI18n';

export function EmployeesPage() {
  const { t } = useI18n();
  const columns = useEmployeeColumns();
  const canManage = useCanManageWorkforce();
  const [creating, creation] = useDisclosure(false);
  const deletedEmployee = (useLocation().state as { deletedEmployee?: string } | null)?.deletedEmployee;

  return (
    <>
      <ResourceListView
        resource={employeeResource}
        title={t('employees.title')}
        searchPlaceholder={t('employees.search')}
        columns={columns}
        actions={
          <Group gap="sm">
            <SavedViewsMenu list="employees" />
            {canManage && (
              <Button leftSection={<IconUserPlus size={18} aria-hidden />} onClick={creation.open}>
                {t('employees.new.open')}
              </Button>
            )}
          </Group>
        }
        banner={
          deletedEmployee && (
            <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status" mb="md">
              {t('employees.delete.done', { who: deletedEmployee })}
            </Alert>
          )
        }
        renderFilters={(controls) => <EmployeeFilters {...controls} />}
      />
      {canManage && <NewEmployeeModal opened={creating} onClose={creation.close} />}
    </>
  );
}
