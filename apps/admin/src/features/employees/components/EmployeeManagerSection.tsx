import { Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { useSetEmployeeManager } from '../api/useEmployeeWrites';
import type { EmployeeDetail } from '../api/workforce-types';
import { useWorkforceProblemMessages } from '../hooks/useWorkforceProblemMessages';
import { isVersionConflict } from '../utils/workforce-problems';
import { EmployeePicker } from './EmployeePicker';
import { type SectionFeedback, SectionNotice } from './SectionNotice';

export type EmployeeManagerSectionProps = { employee: EmployeeDetail; feedback: SectionFeedback };

/** Whom the employee reports to; clearing the choice means they report to no one. */
export function EmployeeManagerSection({ employee, feedback }: EmployeeManagerSectionProps) {
  const { t } = useI18n();
  const setManager = useSetEmployeeManager(employee);
  const problemMessages = useWorkforceProblemMessages();
  // The choice being made; it follows the record until the user picks someone else.
  const [choice, setChoice] = useState<{ version: number; managerId: number | null }>({
    version: employee.version,
    managerId: employee.managerId,
  });
  const managerId = choice.version === employee.version ? choice.managerId : employee.managerId;
  const changed = managerId !== employee.managerId;
  // Nobody reports to themselves; the server also refuses anyone further down the line (manager_cycle).
  const excluded = [employee.id, ...employee.directReports.map((report) => report.id)];

  const save = () =>
    setManager.mutate(managerId, {
      onSuccess: feedback.onSaved,
      onError: (error) => {
        if (isVersionConflict(error)) feedback.onConflict();
      },
    });

  return (
    <SectionCard
      title={t('employees.managerSection.title')}
      description={t('employees.managerSection.description')}
    >
      <Stack gap="sm">
        <SectionNotice notice={feedback.notice} />
        {setManager.isError && !isVersionConflict(setManager.error) && (
          <ProblemAlert
            error={setManager.error}
            title={t('employees.managerSection.failed')}
            messages={problemMessages}
          />
        )}
        <EmployeePicker
          label={t('employees.manager')}
          placeholder={t('employees.managerSection.none')}
          value={managerId}
          selected={employee.manager}
          onChange={(next) => setChoice({ version: employee.version, managerId: next })}
          excludeIds={excluded}
          currentOnly
        />
        <Group justify="flex-end" gap="sm">
          <Button
            variant="default"
            disabled={!changed || setManager.isPending}
            onClick={() => setChoice({ version: employee.version, managerId: employee.managerId })}
          >
            {t('action.discard')}
          </Button>
          <Button onClick={save} loading={setManager.isPending} disabled={!changed}>
            {t('employees.managerSection.save')}
          </Button>
        </Group>
      </Stack>
    </SectionCard>
  );
}
