/** The values the ticket service knows, in the order forms and charts list them. */
export const ticketPriorities = ['low', 'medium', 'high', 'urgent'] as const;
export const ticketChannels = ['portal', 'chat', 'email', 'phone', 'api'] as const;
export const clientTiers = ['standard', 'silver', 'gold', 'platinum'] as const;
export const routingStrategies = ['round_robin', 'least_loaded', 'skill_based'] as const;
export const agentAvailabilities = ['online', 'away', 'offline'] as const;
export const escalationActions = ['notify_manager', 'raise_priority', 'reassign'] as const;

export type TicketPriority = (typeof ticketPriorities)[number];
export type TicketChannel = (typeof ticketChannels)[number];
export type ClientTier = (typeof clientTiers)[number];
export type RoutingStrategy = (typeof routingStrategies)[number];
export type AgentAvailability = (typeof agentAvailabilities)[number];
export type EscalationAction = (typeof escalationActions)[number];

export function isOneOf<T extends string>(
  values: readonly T[],
  value: string | null | undefined,
): value is T {
  return (values as readonly string[]).includes(value ?? '');
}
