import { describe, expect, it } from 'vitest';
import { scopeLabel } from './api-key-scopes';

describe('scopeLabel', () => {
  it('names known scopes and leaves unknown ones to be shown as their code', () => {
    expect(scopeLabel('clients:read')).toBe('apiKeys.scope.clientsRead');
    expect(scopeLabel('reports:export')).toBeNull();
  });
});
