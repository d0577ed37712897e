import type { MantineColor } from '@mantine/core';
import type { MessageKey } from '../../../i18n/messages-en';
import type { EnumStyles } from '../../listing/utils/enum-style';
import type { EmployeeStatus } from '../api/workforce-types';

export const employeeStatusStyles: EnumStyles<EmployeeStatus> = {
  active: { label: 'employees.status.active', color: 'green' },
  on_leave: { label: 'employees.status.on_leave', color: 'yellow' },
  terminated: { label: 'employees.status.terminated', color: 'gray' },
};

/** One status change a person can be given from where they are now. */
export type StatusAction = {
  to: EmployeeStatus;
  /** The button, the confirmation's title and its explanation. */
  label: MessageKey;
  confirmTitle: MessageKey;
  confirmText: MessageKey;
  color: MantineColor;
};

const putOnLeave: StatusAction = {
  to: 'on_leave',
  label: 'employees.statusAction.leave',
  confirmTitle: 'employees.statusAction.leaveTitle',
  confirmText: 'employees.statusAction.leaveText',
  color: 'yellow',
};
const returnFromLeave: StatusAction = {
  to: 'active',
  label: 'employees.statusAction.return',
  confirmTitle: 'employees.statusAction.returnTitle',
  confirmText: 'employees.statusAction.returnText',
  color: 'green',
};
const terminate: StatusAction = {
  to: 'terminated',
  label: 'employees.statusAction.terminate',
  confirmTitle: 'employees.statusAction.terminateTitle',
  confirmText: 'employees.statusAction.terminateText',
  color: 'red',
};
const rehire: StatusAction = {
  to: 'active',
  label: 'employees.statusAction.rehire',
  confirmTitle: 'employees.statusAction.rehireTitle',
  confirmText: 'employees.statusAction.rehireText',
  color: 'green',
};

/**
 * The changes the server allows from each status (`active ↔ on_leave`, either → `terminated`,
 * `terminated → active`); anything else would be a 409 `invalid_status_transition`.
 */
export function statusActions(status: EmployeeStatus): StatusAction[] {
  switch (status) {
    case 'active':
      return [putOnLeave, terminate];
    case 'on_leave':
      return [returnFromLeave, terminate];
    case 'terminated':
      return [rehire];
  }
}
