import { tickets } from '../modules/tickets/schema';
import type { ClientPlan } from './client.seed';
import { ticketSubjects } from './demo-catalog';
import { DAY, HOUR, insertRows, type SeedContext } from './seed-context';
import type { SeedRow } from './seed-insert.util';
import { loadPhase } from './seed-load.util';
import type { WorkforcePool } from './workforce.seed';

/** Support tickets of the last two years, opened after their client existed, worked by the support team. */
export async function seedTickets(
  context: SeedContext,
  options: { count: number; plan: ClientPlan; workforce: WorkforcePool },
): Promise<void> {
  const { random, asOf } = context;
  const { plan, workforce, count } = options;
  if (count === 0 || plan.count === 0) return;
  await loadPhase(
    context.db,
    { tables: [tickets], rebuild: count >= context.rebuildFromRows, onProgress: context.progress },
    async (transaction) => {
      for (let start = 0; start < count; start += context.batchSize) {
        const rows: SeedRow<typeof tickets>[] = [];
        for (let index = start; index < Math.min(count, start + context.batchSize); index++) {
          const client = random.int(0, plan.count - 1);
          const earliest = Math.max(plan.createdAt[client] as number, asOf - 730 * DAY);
          const opened = Math.floor(random.between(earliest, asOf - HOUR));
          const ageDays = (asOf - opened) / DAY;
          const status =
            ageDays > 14
              ? random.weighted([
                  ['closed', 6],
                  ['resolved', 3],
                  ['waiting', 1],
                ] as const)
              : random.pick(['open', 'in_progress', 'waiting', 'resolved'] as const);
          const resolvedAt =
            status === 'resolved' || status === 'closed'
              ? Math.min(asOf - 1_000, opened + random.int(1, 96) * HOUR)
              : null;
          const support = workforce.supportEmployeeIds;
          rows.push({
            clientId: plan.firstId + client,
            assignedTo:
              support.length === 0 || (status === 'open' && random.chance(0.5)) ? null : random.pick(support),
            title: random.pick(ticketSubjects),
            description: random.faker.lorem.paragraph(),
            priority: random.weighted([
              ['low', 3],
              ['medium', 4],
              ['high', 2],
              ['urgent', 1],
            ] as const),
            status,
            createdAt: opened,
            updatedAt: resolvedAt ?? opened,
            resolvedAt,
          });
        }
        await insertRows(context, transaction, tickets, rows);
        context.progress('tickets', Math.min(count, start + context.batchSize), count);
      }
    },
  );
}
