import type { components } from '@smartcrm/api-client';

// Read from the generated schema, like the other features' entity types.
type Schemas = components['schemas'];

export type TicketQueue = Schemas['TicketQueue'];
export type QueueInput = Schemas['CreateTicketQueue'];
/** A category as staff see it (customers get only its id and name, hence the optional fields). */
export type TicketCategory = Schemas['TicketCategory'];
export type CategoryInput = Schemas['CreateTicketCategory'];
export type SupportAgent = Schemas['TicketAgent'];
export type AgentChanges = Schemas['UpdateTicketAgent'];
export type SlaPolicy = Schemas['SlaPolicy'];
export type SlaPolicyInput = Schemas['CreateSlaPolicy'];
export type BusinessCalendar = Schemas['BusinessCalendar'];
export type CalendarInput = Schemas['CreateBusinessCalendar'];
export type TicketSettings = Schemas['TicketSettings'];
export type TicketSettingsInput = Schemas['TicketSettingsChange'];

export const supportSettingsQueryKeys = {
  all: ['support-settings'] as const,
  queues: ['support-settings', 'queues'] as const,
  categories: ['support-settings', 'categories'] as const,
  agents: ['support-settings', 'agents'] as const,
  slaPolicies: ['support-settings', 'sla-policies'] as const,
  calendars: ['support-settings', 'calendars'] as const,
  settings: ['support-settings', 'settings'] as const,
};
