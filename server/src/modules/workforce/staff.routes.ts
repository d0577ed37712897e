import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import type { AppContext } from '../../platform/context';
import { commonProblems } from '../../platform/http/errors';
import { staffMemberSchema, staffQuerySchema } from './dto';
import { createStaffService } from './staff.service';

/** /api/staff: the active staff accounts, by name, for owner pickers. */
export const staffRoutes: FastifyPluginAsyncZod<{ context: AppContext }> = async (app, { context }) => {
  const service = createStaffService({ db: context.database.db });

  app.get(
    '/api/staff',
    {
      // Every staff role reads the employee directory; this is the part of it pickers need.
      config: { permission: 'employees:read' },
      schema: {
        tags: ['employees'],
        summary: 'Look up active staff accounts by name or email',
        description:
          'For pickers of account managers (a client’s `ownerUserId`): active users who are not customers, by ' +
          'name, each with the sign-in role and the linked employee record. `q` matches part of the name or ' +
          'email; `userId` names one account. At most `limit` (≤ 50) matches, no paging: type more to narrow.',
        querystring: staffQuerySchema,
        response: { 200: z.object({ items: z.array(staffMemberSchema) }), ...commonProblems },
      },
    },
    async (request) => service.listStaff(request.query),
  );
};
