import { Alert, Anchor, Breadcrumbs, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { ErrorState, LoadingState } from '@smartcrm/ui';
import {
  IconAlertTriangle,
  IconCircleCheck,
  IconHierarchy2,
  IconListDetails,
  IconTrash,
} from '@tabler/icons-react';
import { useState } from 'react';
import { Link } from 'react-router';
import { problemFieldMessages } from '../../../api/problem-fields';
import { useI18n } from '../../../i18n/useI18n';
import { type DetailField, DetailFields } from '../../../ui/DetailFields';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SectionCard } from '../../../ui/SectionCard';
import type {
  DepartmentChanges,
  DepartmentDetail,
  DepartmentTreeNode,
} from '../../employees/api/workforce-types';
import { useWorkforceProblemMessages } from '../../employees/hooks/useWorkforceProblemMessages';
import { isVersionConflict } from '../../employees/utils/workforce-problems';
import { useDepartment } from '../api/useDepartment';
import { useDeleteDepartment, useUpdateDepartment } from '../api/useDepartmentWrites';
import { useDepartmentNameRule } from '../hooks/useDepartmentNameRule';
import {
  changedDepartmentFields,
  type DepartmentFormValues,
  departmentFormValues,
} from '../utils/department-form';
import { branchHeadcount } from '../utils/department-tree';
import { DepartmentFields } from './DepartmentFields';

export type DepartmentPanelProps = {
  id: number;
  /** The department in the tree, for the headcount of its whole branch. */
  node: DepartmentTreeNode | undefined;
  canManage: boolean;
  onDeleted: (name: string) => void;
};

/** One department beside the tree: where it sits, who heads it, and (for managers) its changes. */
export function DepartmentPanel({ id, node, canManage, onDeleted }: DepartmentPanelProps) {
  const { t } = useI18n();
  const query = useDepartment(id);
  if (query.isPending) return <LoadingState />;
  if (query.isError) return <ErrorState error={query.error} onRetry={() => query.refetch()} />;
  const department = query.data;
  const none = t('field.none');

  const fields: DetailField[] = [
    {
      label: t('departments.parent'),
      value:
        department.path.length === 0 ? (
          t('departments.topLevel')
        ) : (
          <Breadcrumbs separator="›" separatorMargin={4}>
            {department.path.map((entry) => (
              <Anchor key={entry.id} component={Link} to={`/departments?department=${entry.id}`} size="sm">
                {entry.name}
              </Anchor>
            ))}
          </Breadcrumbs>
        ),
    },
    {
      label: t('departments.head'),
      value: department.head ? (
        <Anchor component={Link} to={`/employees/${department.head.id}`}>
          {department.head.name}
        </Anchor>
      ) : (
        t('departments.noHead')
      ),
    },
    {
      label: t('departments.people'),
      value: t('departments.headcount', { count: department.employeeCount }),
    },
    ...(node && node.children.length > 0
      ? [
          {
            label: t('departments.branchPeople'),
            value: t('departments.headcount', { count: branchHeadcount(node) }),
          },
        ]
      : []),
    {
      label: t('departments.children'),
      value:
        department.children.length === 0
          ? none
          : department.children.map((child, index) => (
              <span key={child.id}>
                {index > 0 && ', '}
                <Anchor component={Link} to={`/departments?department=${child.id}`} size="sm">
                  {child.name}
                </Anchor>
              </span>
            )),
    },
  ];

  return (
    <Stack gap="md">
      <SectionCard title={department.name}>
        <DetailFields fields={fields} />
        <Group gap="md">
          <Anchor component={Link} to={`/employees?departmentId=${department.id}`} size="sm">
            <Group gap={4} component="span">
              <IconListDetails size={16} aria-hidden />
              {t('departments.viewEmployees')}
            </Group>
          </Anchor>
          <Anchor component={Link} to={`/org-chart?departmentId=${department.id}`} size="sm">
            <Group gap={4} component="span">
              <IconHierarchy2 size={16} aria-hidden />
              {t('departments.viewOrgChart')}
            </Group>
          </Anchor>
        </Group>
      </SectionCard>
      {canManage && <EditDepartmentSection department={department} />}
      {canManage && <DeleteDepartmentSection department={department} onDeleted={onDeleted} />}
    </Stack>
  );
}

type DepartmentSectionProps = { department: DepartmentDetail };

function EditDepartmentSection({ department }: DepartmentSectionProps) {
  const { t } = useI18n();
  const update = useUpdateDepartment(department);
  const problemMessages = useWorkforceProblemMessages();
  const [notice, setNotice] = useState<'saved' | 'conflict' | null>(null);

  const save = (
    changes: DepartmentChanges,
    showFieldErrors: (messages: Record<string, string[]>) => void,
  ) => {
    setNotice(null);
    update.mutate(changes, {
      onSuccess: () => setNotice('saved'),
      onError: (error) => {
        if (isVersionConflict(error)) setNotice('conflict');
        else showFieldErrors(problemFieldMessages(error));
      },
    });
  };

  return (
    <SectionCard title={t('departments.edit.title')} description={t('departments.edit.description')}>
      <Stack gap="md">
        {notice === 'saved' && (
          <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
            {t('departments.edit.saved')}
          </Alert>
        )}
        {notice === 'conflict' && (
          <Alert
            color="orange"
            variant="light"
            icon={<IconAlertTriangle aria-hidden />}
            title={t('employees.conflict.title')}
            role="alert"
          >
            {t('departments.edit.conflict')}
          </Alert>
        )}
        {update.isError && !isVersionConflict(update.error) && (
          <ProblemAlert
            error={update.error}
            title={t('departments.edit.failed')}
            messages={problemMessages}
          />
        )}
        {/* Mounted again for each version, so a newer department (after a save or a conflict) fills the fields. */}
        <EditDepartmentForm
          key={department.version}
          department={department}
          saving={update.isPending}
          onSave={save}
        />
      </Stack>
    </SectionCard>
  );
}

type EditDepartmentFormProps = DepartmentSectionProps & {
  saving: boolean;
  onSave: (changes: DepartmentChanges, showFieldErrors: (messages: Record<string, string[]>) => void) => void;
};

function EditDepartmentForm({ department, saving, onSave }: EditDepartmentFormProps) {
  const { t } = useI18n();
  const initial = departmentFormValues(department);
  const form = useForm<DepartmentFormValues>({
    initialValues: initial,
    validate: { name: useDepartmentNameRule() },
  });
  const submit = form.onSubmit((values) => {
    const changes = changedDepartmentFields(initial, values);
    if (Object.keys(changes).length === 0) return;
    onSave(changes, (messages) => {
      for (const field of ['name', 'parentId', 'headEmployeeId'] as const) {
        const fieldMessages = messages[field];
        if (fieldMessages) form.setFieldError(field, fieldMessages.join(t('list.separator')));
      }
    });
  });
  return (
    <form onSubmit={submit} noValidate aria-label={t('departments.edit.title')}>
      <Stack gap="md">
        <DepartmentFields form={form} departmentId={department.id} head={department.head} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" disabled={!form.isDirty() || saving} onClick={() => form.reset()}>
            {t('action.discard')}
          </Button>
          <Button type="submit" loading={saving} disabled={!form.isDirty()}>
            {t('action.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function DeleteDepartmentSection({
  department,
  onDeleted,
}: DepartmentSectionProps & { onDeleted: (name: string) => void }) {
  const { t } = useI18n();
  const [opened, dialog] = useDisclosure(false);
  const remove = useDeleteDepartment(department);
  const problemMessages = useWorkforceProblemMessages();
  const close = () => {
    dialog.close();
    remove.reset();
  };
  return (
    <SectionCard title={t('departments.delete.title')} danger>
      <Stack gap="sm" align="flex-start">
        <Text size="sm">{t('departments.delete.hint')}</Text>
        <Button
          color="red"
          variant="outline"
          leftSection={<IconTrash size={16} aria-hidden />}
          onClick={dialog.open}
        >
          {t('departments.delete.action')}
        </Button>
      </Stack>
      <Modal
        opened={opened}
        onClose={close}
        title={t('departments.delete.confirmTitle')}
        radius="md"
        closeButtonProps={{ 'aria-label': t('action.close') }}
        styles={{ title: { fontWeight: 700 } }}
      >
        <Stack gap="md">
          <Text size="sm">{t('departments.delete.confirmText', { name: department.name })}</Text>
          {remove.isError && (
            <ProblemAlert
              error={remove.error}
              title={t('departments.delete.failed')}
              messages={problemMessages}
            />
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('action.cancel')}
            </Button>
            <Button
              color="red"
              loading={remove.isPending}
              onClick={() => remove.mutate(undefined, { onSuccess: () => onDeleted(department.name) })}
            >
              {t('departments.delete.confirm')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </SectionCard>
  );
}
