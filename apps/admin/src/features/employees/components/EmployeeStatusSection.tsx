import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import { SectionCard } from '../../../ui/SectionCard';
import { EnumBadge } from '../../listing/components/EnumBadge';
import { useChangeEmployeeStatus } from '../api/useEmployeeWrites';
import type { EmployeeDetail } from '../api/workforce-types';
import { useWorkforceProblemMessages } from '../hooks/useWorkforceProblemMessages';
import { employeeStatusStyles, type StatusAction, statusActions } from '../utils/employee-status';
import { isVersionConflict } from '../utils/workforce-problems';
import { type SectionFeedback, SectionNotice } from './SectionNotice';

export type EmployeeStatusSectionProps = { employee: EmployeeDetail; feedback: SectionFeedback };

/** Leave, return, termination and rehire, each confirmed first with an optional reason. */
export function EmployeeStatusSection({ employee, feedback }: EmployeeStatusSectionProps) {
  const { t } = useI18n();
  const change = useChangeEmployeeStatus(employee);
  const problemMessages = useWorkforceProblemMessages();
  const [pending, setPending] = useState<StatusAction | null>(null);
  const [reason, setReason] = useState('');

  const open = (action: StatusAction) => {
    change.reset();
    setReason('');
    setPending(action);
  };
  const close = () => setPending(null);
  const confirm = () => {
    if (!pending) return;
    const trimmed = reason.trim();
    change.mutate(
      { status: pending.to, ...(trimmed ? { reason: trimmed } : {}) },
      {
        onSuccess: () => {
          close();
          feedback.onSaved();
        },
        onError: (error) => {
          if (!isVersionConflict(error)) return;
          close();
          feedback.onConflict();
        },
      },
    );
  };

  return (
    <SectionCard title={t('employees.statusSection.title')}>
      <Stack gap="sm" align="flex-start">
        <SectionNotice notice={feedback.notice} />
        <Group gap="xs">
          <Text size="sm">{t('employees.statusSection.current')}</Text>
          <EnumBadge value={employee.status} styles={employeeStatusStyles} />
        </Group>
        <Group gap="sm">
          {statusActions(employee.status).map((action) => (
            <Button key={action.label} variant="light" color={action.color} onClick={() => open(action)}>
              {t(action.label)}
            </Button>
          ))}
        </Group>
      </Stack>
      <Modal
        opened={pending !== null}
        onClose={close}
        title={pending ? t(pending.confirmTitle, { name: employee.name }) : ''}
        radius="md"
        closeButtonProps={{ 'aria-label': t('action.close') }}
        styles={{ title: { fontWeight: 700 } }}
      >
        {pending && (
          <Stack gap="md">
            <Text size="sm">
              {t(pending.confirmText, { name: employee.name, reports: employee.directReports.length })}
            </Text>
            <Textarea
              label={t('employees.statusSection.reason')}
              description={t('employees.statusSection.reasonHint')}
              maxLength={500}
              autosize
              minRows={2}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
            />
            {change.isError && (
              <ProblemAlert
                error={change.error}
                title={t('employees.statusSection.failed')}
                messages={problemMessages}
              />
            )}
            <Group justify="flex-end" gap="sm">
              <Button variant="default" onClick={close} data-autofocus>
                {t('action.cancel')}
              </Button>
              <Button color={pending.color} loading={change.isPending} onClick={confirm}>
                {t(pending.label)}
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </SectionCard>
  );
}
