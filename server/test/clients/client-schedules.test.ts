import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../src/platform/db/database';
import { buildTestApp, type TestApp } from '../support/test-app';

let testApp: TestApp;

beforeAll(async () => {
  // The RFM refresh runs on RFM_REFRESH_CRON (every 15 minutes unless told); here it is told.
  testApp = await buildTestApp({ jobs: true, env: { RFM_REFRESH_CRON: '5 */2 * * *' } });
});
afterAll(() => testApp.close());

describe('scheduled work of the clients module', () => {
  it('schedules the relationship rules, the task reminders and the RFM refresh when the job runner starts', async () => {
    const schedules = await queryRows<{ name: string; cron: string }>(
      testApp.context.database.db,
      sql`select name, cron from pgboss.schedule where name like 'clients.%' order by name`,
    );
    expect(schedules).toEqual([
      { name: 'clients.relationship-rules', cron: '*/15 * * * *' },
      { name: 'clients.rfm-refresh', cron: '5 */2 * * *' },
      { name: 'clients.task-reminders', cron: '*/5 * * * *' },
    ]);
  });
});
