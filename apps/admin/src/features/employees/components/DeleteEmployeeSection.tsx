import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertCircle, IconTrash } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { useDeleteEmployee } from '../api/useEmployeeWrites';
import type { EmployeeDetail } from '../api/workforce-types';
import { useEmployeeUseLabels } from '../hooks/useEmployeeUseLabels';
import { useWorkforceProblemMessages } from '../hooks/useWorkforceProblemMessages';
import { type EmployeeUse, employeeInUseReasons, knownEmployeeUses } from '../utils/workforce-problems';

export type DeleteEmployeeSectionProps = { employee: EmployeeDetail };

/**
 * Deleting is for records entered by mistake. What the record itself shows to be in the way disables it
 * at once; what only the server knows (a department they head, other modules' records) comes back as a
 * 409 whose reasons are listed.
 */
export function DeleteEmployeeSection({ employee }: DeleteEmployeeSectionProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  const [opened, dialog] = useDisclosure(false);
  const remove = useDeleteEmployee(employee);
  const problemMessages = useWorkforceProblemMessages();
  const known = knownEmployeeUses(employee);
  const refused = employeeInUseReasons(remove.error);

  const close = () => {
    dialog.close();
    remove.reset();
  };
  const confirm = () =>
    remove.mutate(undefined, {
      onSuccess: () => navigate('/employees', { state: { deletedEmployee: employee.name } }),
    });

  return (
    <SectionCard title={t('employees.delete.title')} danger>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('employees.delete.hint')}</Text>
        {known.length > 0 && <InUseReasons title={t('employees.delete.blocked')} uses={known} />}
        <Button
          color="red"
          variant="outline"
          leftSection={<IconTrash size={16} aria-hidden />}
          disabled={known.length > 0}
          onClick={dialog.open}
        >
          {t('employees.delete.action')}
        </Button>
      </Stack>
      <Modal
        opened={opened}
        onClose={close}
        title={t('employees.delete.confirmTitle')}
        radius="md"
        closeButtonProps={{ 'aria-label': t('action.close') }}
        styles={{ title: { fontWeight: 700 } }}
      >
        <Stack gap="md">
          <Text size="sm">{t('employees.delete.confirmText', { name: employee.name })}</Text>
          {refused.length > 0 ? (
            <InUseReasons title={t('employees.delete.refused')} uses={refused} alert />
          ) : (
            remove.isError && (
              <ProblemAlert
                error={remove.error}
                title={t('employees.delete.failed')}
                messages={problemMessages}
              />
            )
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('action.cancel')}
            </Button>
            <Button color="red" loading={remove.isPending} disabled={refused.length > 0} onClick={confirm}>
              {t('employees.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}

type InUseReasonsProps = { title: string; uses: readonly EmployeeUse[]; alert?: boolean };

function InUseReasons({ title, uses, alert }: InUseReasonsProps) {
  const { t } = useI18n();
  const label = useEmployeeUseLabels();
  return (
    <Alert
      color={alert ? 'red' : 'gray'}
      variant="light"
      icon={<IconAlertCircle aria-hidden />}
      title={title}
      role={alert ? 'alert' : undefined}
      w="100%"
    >
      <Stack gap="xs">
        <List size="sm">
          {uses.map((use) => (
            <List.Item key={use}>{label(use)}</List.Item>
          ))}
        </List>
        <Text size="sm">{t('employees.delete.terminateInstead')}</Text>
      </Stack>
    </Alert>
  );
}
