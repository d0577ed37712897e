import { Modal } from '@mantine/core';
import { useNavigate } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { NewEmployeeForm } from './NewEmployeeForm';

export type NewEmployeeModalProps = { opened: boolean; onClose: () => void };

/** Adds an employee, then opens their page, where skills and the account are set. */
export function NewEmployeeModal({ opened, onClose }: NewEmployeeModalProps) {
  const { t } = useI18n();
  const navigate = useNavigate();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('employees.new.title')}
      size="lg"
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <NewEmployeeForm
        onCancel={onClose}
        onCreated={(employee) => {
          onClose();
          navigate(`/employees/${employee.id}`, { state: { createdEmployee: employee.name } });
        }}
      />
    </Modal>
  );
}
