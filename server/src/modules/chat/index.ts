import type { ModuleDefinition } from '../../platform/http/app';
import { chatRoutes } from './routes';

/** Chat: conversations with customers, the AI agent and its tools. */
export const chatModule: ModuleDefinition = { name: 'chat', routes: chatRoutes };
