import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, environmentVariables, loadConfig } from './config';
import { repoRoot } from './paths';

describe('configuration', () => {
  it('documents every environment variable in .env.example', () => {
    const example = readFileSync(join(repoRoot, '.env.example'), 'utf8');
    const documented = new Set([...example.matchAll(/^#?\s*([A-Z][A-Z0-9_]+)=/gm)].map((match) => match[1]));
    expect(environmentVariables.filter((name) => !documented.has(name))).toEqual([]);
  });

  it('defaults to the embedded database in demo mode, and leaves demo mode with a real database', () => {
    expect(loadConfig({}).demoMode).toBe(true);
    expect(loadConfig({ DATABASE_URL: 'postgres://db.example/crm' }).demoMode).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://db.example/crm', DEMO_MODE: 'true' }).demoMode).toBe(true);
  });

  it('names the variable that is wrong', () => {
    expect(() => loadConfig({ GATEWAY_PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig({ GATEWAY_PORT: 'eighty' })).toThrow(/GATEWAY_PORT/);
  });

  it('falls back to PORT for the gateway and derives service URLs from ports', () => {
    const config = loadConfig({ PORT: '9000', TICKETS_PORT: '9002' });
    expect(config.ports.gateway).toBe(9000);
    expect(config.upstreams.tickets).toBe('http://127.0.0.1:9002');
  });
});
