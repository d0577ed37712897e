import type { ModuleDefinition } from '../../platform/http/app';
import { clientRoutes } from './routes';

export { clients, clientStatuses } from './schema';
export type { ClientDto } from './dto';

/** Clients: companies the business sells to and supports. */
export const clientsModule: ModuleDefinition = { name: 'clients', routes: clientRoutes };
