import { describe, expect, it } from 'vitest';
import { diffChanges } from './audit-diff.util';

describe('diffChanges', () => {
  it('keeps only changed fields, with before and after', () => {
    const changes = diffChanges(
      { name: 'Ada', role: 'sales', version: 1, updatedAt: new Date(1) },
      { name: 'Ada', role: 'agent', version: 2, updatedAt: new Date(2) },
    );
    expect(changes).toEqual({ role: { before: 'sales', after: 'agent' } });
  });

  it('redacts secrets but records that they changed', () => {
    expect(diffChanges({ passwordHash: '$argon2id$a' }, { passwordHash: '$argon2id$b' })).toEqual({
      passwordHash: { before: '[redacted]', after: '[redacted]' },
    });
  });

  it('describes a creation and a deletion', () => {
    expect(diffChanges(null, { email: 'a@b.example', passwordHash: null })).toEqual({
      email: { before: null, after: 'a@b.example' },
    });
    expect(diffChanges({ email: 'a@b.example' }, null)).toEqual({
      email: { before: 'a@b.example', after: null },
    });
  });

  it('compares dates by value', () => {
    expect(diffChanges({ lastLogin: new Date(5) }, { lastLogin: new Date(5) })).toEqual({});
  });
});
