import type { MantineColor } from '@mantine/core';
import type { MessageKey } from '../../../i18n/messages-en';
import type { EnumStyles } from '../../listing/utils/enum-style';
import type {
  AgentAvailability,
  PrioritySource,
  TicketChannel,
  TicketPriority,
  TicketStatus,
} from '../api/ticket-types';
import type { SlaTone } from './sla-timer';

export const ticketStatusStyles: EnumStyles<TicketStatus> = {
  new: { label: 'tickets.status.new', color: 'cyan' },
  open: { label: 'tickets.status.open', color: 'blue' },
  pending: { label: 'tickets.status.pending', color: 'yellow' },
  on_hold: { label: 'tickets.status.on_hold', color: 'grape' },
  resolved: { label: 'tickets.status.resolved', color: 'green' },
  closed: { label: 'tickets.status.closed', color: 'gray' },
};

export const ticketPriorityStyles: EnumStyles<TicketPriority> = {
  low: { label: 'tickets.priority.low', color: 'gray' },
  medium: { label: 'tickets.priority.medium', color: 'blue' },
  high: { label: 'tickets.priority.high', color: 'orange' },
  urgent: { label: 'tickets.priority.urgent', color: 'red' },
};

export const ticketChannelLabels: Record<TicketChannel, MessageKey> = {
  portal: 'tickets.channel.portal',
  chat: 'tickets.channel.chat',
  email: 'tickets.channel.email',
  phone: 'tickets.channel.phone',
  api: 'tickets.channel.api',
};

export const prioritySourceLabels: Record<PrioritySource, MessageKey> = {
  rules: 'tickets.prioritySource.rules',
  model: 'tickets.prioritySource.model',
  manual: 'tickets.prioritySource.manual',
};

export const availabilityStyles: EnumStyles<AgentAvailability> = {
  online: { label: 'tickets.availability.online', color: 'green' },
  away: { label: 'tickets.availability.away', color: 'yellow' },
  offline: { label: 'tickets.availability.offline', color: 'gray' },
};

/** SLA badges: amber when warning, red when breached or missed, grey while paused. */
export const slaToneColors: Record<SlaTone, MantineColor> = {
  running: 'blue',
  warning: 'yellow',
  breached: 'red',
  paused: 'gray',
  met: 'green',
  missed: 'red',
  none: 'gray',
};

/** Moving to these asks why (the reason is kept in the history and shown to colleagues). */
export const statusesWithReason: readonly TicketStatus[] = ['resolved', 'on_hold'];
