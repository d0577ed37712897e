import { Alert, Anchor, Breadcrumbs, SimpleGrid, Stack, Text } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useState } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { RecordDetail } from '../../listing/components/RecordDetail';
import type { EmployeeDetail as EmployeeRecord } from '../api/workforce-types';
import { useCanManageWorkforce } from '../hooks/useCanManageWorkforce';
import { employeeStatusStyles } from '../utils/employee-status';
import { DeleteEmployeeSection } from './DeleteEmployeeSection';
import { DirectReportsSection } from './DirectReportsSection';
import { EmployeeAccountSection } from './EmployeeAccountSection';
import { EmployeeEditSection } from './EmployeeEditSection';
import { EmployeeManagerSection } from './EmployeeManagerSection';
import { EmployeeSkillsSection } from './EmployeeSkillsSection';
import { EmployeeStatusSection } from './EmployeeStatusSection';
import type { SectionFeedback, SectionNoticeKind } from './SectionNotice';

export type EmployeeDetailProps = { employee: EmployeeRecord };

type Section = 'record' | 'status' | 'manager' | 'skills' | 'account';

/** One person: their record, reporting line, skills and account; writes for admins and managers only. */
export function EmployeeDetail({ employee }: EmployeeDetailProps) {
  const { t, format } = useI18n();
  const canManage = useCanManageWorkforce();
  const created = (useLocation().state as { createdEmployee?: string } | null)?.createdEmployee;
  // The outcome of the last write, shown in the section that made it.
  const [notice, setNotice] = useState<{ section: Section; kind: SectionNoticeKind } | null>(null);
  const feedback = (section: Section): SectionFeedback => ({
    notice: notice?.section === section ? notice.kind : null,
    onSaved: () => setNotice({ section, kind: 'saved' }),
    onConflict: () => setNotice({ section, kind: 'conflict' }),
  });
  const none = t('field.none');

  const department =
    employee.departmentPath.length === 0 ? (
      none
    ) : (
      <Breadcrumbs separator="›" separatorMargin={4}>
        {employee.departmentPath.map((entry) => (
          <Anchor key={entry.id} component={Link} to={`/departments?department=${entry.id}`} size="sm">
            {entry.name}
          </Anchor>
        ))}
      </Breadcrumbs>
    );

  return (
    <RecordDetail
      title={employee.name}
      subtitle={employee.department ? `${employee.role} · ${employee.department}` : employee.role}
      badge={<EnumBadge value={employee.status} styles={employeeStatusStyles} />}
      record={employee}
      fields={[
        {
          label: t('field.email'),
          value: <Anchor href={`mailto:${employee.email}`}>{employee.email}</Anchor>,
        },
        { label: t('employees.phone'), value: employee.phone ?? none },
        { label: t('employees.role'), value: employee.role },
        { label: t('employees.department'), value: department },
        {
          label: t('employees.manager'),
          value: employee.manager ? (
            <Anchor component={Link} to={`/employees/${employee.manager.id}`}>
              {employee.manager.name}
            </Anchor>
          ) : (
            t('employees.managerSection.none')
          ),
        },
        { label: t('employees.hireDate'), value: format.date(employee.hireDate) },
      ]}
    >
      {created && (
        <Alert color="green" variant="light" icon={<IconCircleCheck aria-hidden />} role="status">
          <Text size="sm">{t('employees.new.done', { name: created })}</Text>
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="md" style={{ alignItems: 'start' }}>
        <Stack gap="md">
          {canManage && <EmployeeEditSection employee={employee} feedback={feedback('record')} />}
          <EmployeeSkillsSection employee={employee} canManage={canManage} feedback={feedback('skills')} />
        </Stack>
        <Stack gap="md">
          {canManage && <EmployeeStatusSection employee={employee} feedback={feedback('status')} />}
          {canManage && <EmployeeManagerSection employee={employee} feedback={feedback('manager')} />}
          <DirectReportsSection employee={employee} />
          <EmployeeAccountSection employee={employee} canManage={canManage} feedback={feedback('account')} />
          {canManage && <DeleteEmployeeSection employee={employee} />}
        </Stack>
      </SimpleGrid>
    </RecordDetail>
  );
}
