import type { ModuleDefinition } from '../../platform/http/app';
import { clientRoutes } from './routes';

export { clientExists } from './client.repository';
export { createLeadClient, findClientForEmail } from './client-matching';
export type { ClientDto } from './dto';
export { clientStatuses, clients } from './schema';

/** Clients: companies the business sells to and supports. */
export const clientsModule: ModuleDefinition = { name: 'clients', routes: clientRoutes };
