import type { ModuleDefinition } from '../../platform/http/app';
import { clientsModuleRoutes } from './routes';

export { type ClientProfile, clientExists, findClientProfile } from './client.repository';
export { createLeadClient, findClientForEmail } from './client-matching';
export { type ContactRow as ClientContact, findContact as findClientContact } from './contact.repository';
export type { ClientDto } from './dto';
export { runRelationshipRules, sendTaskReminders } from './relationship-rules.service';
export { refreshRfmScores } from './rfm.repository';
export { recordTicketSatisfaction } from './satisfaction.service';
export { clientStages, clientStatuses, clients, clientTiers } from './schema';

/** Clients: companies the business sells to and supports, their contacts, history, segments and follow-ups. */
export const clientsModule: ModuleDefinition = { name: 'clients', routes: clientsModuleRoutes };
