import { Anchor, Group, Stack } from '@mantine/core';
import { isApiProblem } from '@smartcrm/api-client';
import { EmptyResult, ErrorState, LoadingState } from '@smartcrm/ui';
import { IconArrowLeft } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useEmployee } from '../features/employees/api/useEmployee';
import { EmployeeDetail } from '../features/employees/components/EmployeeDetail';
import { useRecordId } from '../features/listing/hooks/useRecordId';
import { useI18n } from '../i18n/useI18n';

// The list and the detail have different shapes (the detail adds the relations), so this page loads its
// record itself rather than through the generic ResourceDetailView, with the same states.
export function EmployeeDetailPage() {
  const { t } = useI18n();
  const id = useRecordId();
  const query = useEmployee(id);
  const notFound = !Number.isInteger(id) || (isApiProblem(query.error) && query.error.status === 404);

  return (
    <Stack gap="md">
      <Group>
        <Anchor component={Link} to="/employees" size="sm">
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('employees.title')}
          </Group>
        </Anchor>
      </Group>
      {notFound ? (
        <EmptyResult title={t('state.notFoundTitle')} description={t('state.notFound')} />
      ) : query.isPending ? (
        <LoadingState />
      ) : query.isError ? (
        <ErrorState error={query.error} onRetry={() => query.refetch()} />
      ) : (
        // Keyed by person, so nothing said about one employee lingers on the next one's page.
        <EmployeeDetail key={query.data.id} employee={query.data} />
      )}
    </Stack>
  );
}
