import { Button, Group, Modal, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { problemFieldMessages } from '../../../api/problem-fields';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { DepartmentDetail } from '../../employees/api/workforce-types';
import { useWorkforceProblemMessages } from '../../employees/hooks/useWorkforceProblemMessages';
import { useCreateDepartment } from '../api/useDepartmentWrites';
import { useDepartmentNameRule } from '../hooks/useDepartmentNameRule';
import { type DepartmentFormValues, toNewDepartment } from '../utils/department-form';
import { DepartmentFields } from './DepartmentFields';

export type NewDepartmentModalProps = {
  opened: boolean;
  onClose: () => void;
  /** Where the new department goes by default, e.g. the one open beside the tree. */
  parentId: number | null;
  onCreated: (department: DepartmentDetail) => void;
};

export function NewDepartmentModal({ opened, onClose, parentId, onCreated }: NewDepartmentModalProps) {
  const { t } = useI18n();
  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('departments.new.title')}
      size="lg"
      radius="md"
      closeButtonProps={{ 'aria-label': t('action.close') }}
      styles={{ title: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } }}
    >
      <NewDepartmentForm parentId={parentId} onCancel={onClose} onCreated={onCreated} />
    </Modal>
  );
}

type NewDepartmentFormProps = Pick<NewDepartmentModalProps, 'parentId' | 'onCreated'> & {
  onCancel: () => void;
};

function NewDepartmentForm({ parentId, onCreated, onCancel }: NewDepartmentFormProps) {
  const { t } = useI18n();
  const create = useCreateDepartment();
  const problemMessages = useWorkforceProblemMessages();
  const form = useForm<DepartmentFormValues>({
    initialValues: { name: '', parentId, headEmployeeId: null },
    validate: { name: useDepartmentNameRule() },
  });

  const submit = form.onSubmit((values) =>
    create.mutate(toNewDepartment(values), {
      onSuccess: onCreated,
      onError: (error) => {
        const messages = problemFieldMessages(error);
        for (const field of ['name', 'parentId', 'headEmployeeId'] as const) {
          const fieldMessages = messages[field];
          if (fieldMessages) form.setFieldError(field, fieldMessages.join(t('list.separator')));
        }
      },
    }),
  );

  return (
    <form onSubmit={submit} noValidate aria-label={t('departments.new.title')}>
      <Stack gap="md">
        {create.isError && (
          <ProblemAlert error={create.error} title={t('departments.new.failed')} messages={problemMessages} />
        )}
        <DepartmentFields form={form} autoFocus />
        <Group justify="flex-end" gap="sm" mt="xs">
          <Button variant="default" onClick={onCancel}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={create.isPending}>
            {t('departments.new.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
