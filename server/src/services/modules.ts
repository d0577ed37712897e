import { catalogModule } from '../modules/catalog';
import { chatModule } from '../modules/chat';
import { clientsModule } from '../modules/clients';
import { identityModule, identityPublicPaths, identitySensitivePaths } from '../modules/identity';
import { notificationsModule } from '../modules/notifications';
import { ordersModule } from '../modules/orders';
import {
  ticketPublicPaths,
  ticketSensitivePathPrefixes,
  ticketSensitivePaths,
  ticketsModule,
} from '../modules/tickets';
import { workforceModule } from '../modules/workforce';
import type { Config } from '../platform/config';
import type { Upstream } from '../platform/http/upstream-proxy';

/** Which modules each service mounts: the brief's topology in one place. */
export const serviceModules = {
  gateway: [catalogModule, clientsModule, ordersModule, workforceModule],
  users: [identityModule],
  tickets: [ticketsModule],
  chat: [chatModule],
  notifications: [notificationsModule],
};

export type ServiceName = keyof typeof serviceModules;
export const serviceNames = Object.keys(serviceModules) as ServiceName[];

export const allModules = Object.values(serviceModules).flat();

/** Paths that guess at secrets; the edge limits them strictly per client address. */
export const sensitivePaths = [
  ...identitySensitivePaths,
  ...ticketSensitivePaths,
  ...ticketSensitivePathPrefixes,
];

/** The services the gateway forwards to in split mode, and the paths each owns. */
export function gatewayUpstreams(config: Config): Upstream[] {
  return [
    {
      name: 'users',
      url: config.upstreams.users,
      prefixes: [
        '/api/auth',
        '/api/users',
        '/api/invitations',
        '/api/audit',
        '/api/api-keys',
        '/api/saved-views',
      ],
      publicPaths: identityPublicPaths,
    },
    {
      name: 'tickets',
      url: config.upstreams.tickets,
      prefixes: ['/api/tickets'],
      publicPaths: ticketPublicPaths,
    },
    { name: 'chat', url: config.upstreams.chat, prefixes: ['/api/chat'] },
    { name: 'notifications', url: config.upstreams.notifications, prefixes: ['/api/notifications'] },
  ];
}
