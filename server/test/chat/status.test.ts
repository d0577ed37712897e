import { afterAll, describe, expect, it } from 'vitest';
import { createClient, sessionFor } from '../support/factories';
import { buildTestApp, type TestApp } from '../support/test-app';

const apps: TestApp[] = [];
afterAll(async () => {
  for (const app of apps) await app.close();
});

async function statusWith(env: Record<string, string>) {
  const testApp = await buildTestApp({ service: 'chat', env });
  apps.push(testApp);
  const client = await createClient(testApp.context.database.db);
  const session = await sessionFor(testApp.context, 'customer', { clientId: client.id });
  return (
    await testApp.app.inject({ method: 'GET', url: '/api/chat/status', headers: session.headers })
  ).json();
}

describe('GET /api/chat/status', () => {
  it('uses the built-in offline engine when no language model is configured', async () => {
    expect(await statusWith({})).toEqual({ engine: 'offline', provider: null, model: null });
  });

  it('reports the configured language model, never its key', async () => {
    const status = await statusWith({
      LLM_PROVIDER: 'openai',
      LLM_MODEL: 'gpt-test',
      LLM_API_KEY: 'sk-secret',
    });
    expect(status).toEqual({ engine: 'llm', provider: 'openai', model: 'gpt-test' });
  });
});
