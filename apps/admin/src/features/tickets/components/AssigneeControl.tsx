import { Button, Group, Stack } from '@mantine/core';
import { IconUserCheck } from '@tabler/icons-react';
import { useI18n } from '../../../i18n/useI18n';
import { useMyEmployee } from '../../tasks/hooks/useMyEmployee';
import type { TicketDetail } from '../api/ticket-types';
import { useAssignTicket } from '../api/useTicketWrites';
import { StaffAssigneePicker } from './StaffAssigneePicker';
import { TicketProblemAlert } from './TicketProblemAlert';

export type AssigneeControlProps = { ticket: TicketDetail };

/** Who has the ticket: pick anyone on staff with an employee record, or take it yourself. */
export function AssigneeControl({ ticket }: AssigneeControlProps) {
  const { t } = useI18n();
  const assign = useAssignTicket(ticket);
  const { employee } = useMyEmployee();
  const closed = ticket.status === 'closed';
  const mine = employee !== null && ticket.assignedTo === employee.id;

  return (
    <Stack gap="xs">
      <StaffAssigneePicker
        label={t('tickets.assign.label')}
        value={ticket.assignedTo}
        selectedName={ticket.assigneeName}
        placeholder={t('tickets.unassigned')}
        disabled={closed || assign.isPending}
        onChange={(employeeId) => {
          if (employeeId !== ticket.assignedTo) assign.mutate(employeeId);
        }}
      />
      {!closed && (
        <Group gap="xs">
          {employee && !mine && (
            <Button
              size="xs"
              variant="light"
              leftSection={<IconUserCheck size={14} aria-hidden />}
              loading={assign.isPending && assign.variables === employee.id}
              onClick={() => assign.mutate(employee.id)}
            >
              {t('tickets.assign.toMe')}
            </Button>
          )}
          {ticket.assignedTo !== null && (
            <Button
              size="xs"
              variant="subtle"
              color="gray"
              loading={assign.isPending && assign.variables === null}
              onClick={() => assign.mutate(null)}
            >
              {t('tickets.assign.unassign')}
            </Button>
          )}
        </Group>
      )}
      {assign.isError && (
        <TicketProblemAlert
          error={assign.error}
          title={t('tickets.assign.failed')}
          ticketId={ticket.id}
          onReloaded={assign.reset}
        />
      )}
    </Stack>
  );
}
