import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type EmbeddedServer, serveEmbeddedDatabase } from '../../src/platform/db/embedded-server';

let server: EmbeddedServer;
beforeAll(async () => {
  server = await serveEmbeddedDatabase({ port: 0 });
  await server.db.exec(
    'create table counters (id int primary key, value int not null); insert into counters values (1, 0)',
  );
});
afterAll(() => server.close());

async function connect() {
  const client = new pg.Client({ connectionString: server.url });
  await client.connect();
  return client;
}

// ARCHITECTURE §2: split mode may share the embedded database only if concurrent transactions never interleave.
describe('embedded database served to several processes', () => {
  it("never shows one connection's uncommitted work to another", async () => {
    const [writer, reader] = [await connect(), await connect()];
    await writer.query('begin');
    await writer.query('update counters set value = 42 where id = 1');
    const read = reader.query('select value from counters where id = 1');
    await new Promise((resolve) => setTimeout(resolve, 200));
    await writer.query('rollback');
    expect((await read).rows[0].value).toBe(0);
    await Promise.all([writer.end(), reader.end()]);
  });

  it('serialises concurrent read-modify-write transactions so no update is lost', async () => {
    const clients = await Promise.all(Array.from({ length: 4 }, connect));
    await Promise.all(
      clients.map(async (client) => {
        for (let round = 0; round < 10; round++) {
          await client.query('begin');
          const { rows } = await client.query('select value from counters where id = 1');
          await client.query('update counters set value = $1 where id = 1', [rows[0].value + 1]);
          await client.query('commit');
        }
      }),
    );
    const [first] = clients;
    const { rows } = await (first as pg.Client).query('select value from counters where id = 1');
    expect(rows[0].value).toBe(40);
    await Promise.all(clients.map((client) => client.end()));
  });
});
