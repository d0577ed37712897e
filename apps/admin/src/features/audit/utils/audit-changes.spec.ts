import { describe, expect, it } from 'vitest';
import { auditChangeRows } from './audit-changes';

describe('auditChangeRows', () => {
  it('puts the fields people look for first', () => {
    const { rows } = auditChangeRows({
      id: { before: null, after: 8 },
      username: { before: null, after: 'nora' },
      role: { before: null, after: 'agent' },
      email: { before: null, after: 'nora@example.com' },
    });
    expect(rows.map((row) => row.field)).toEqual(['email', 'role', 'id', 'username']);
  });

  it('tells a new record, a removed one and an edit apart', () => {
    expect(
      auditChangeRows({ email: { before: null, after: 'a@b.c' }, role: { before: null, after: 'agent' } })
        .kind,
    ).toBe('created');
    expect(
      auditChangeRows({ email: { before: 'a@b.c', after: null }, role: { before: 'agent', after: null } })
        .kind,
    ).toBe('deleted');
    expect(auditChangeRows({ role: { before: 'agent', after: 'sales' } }).kind).toBe('changed');
  });

  it('treats one field filled in as an edit', () => {
    expect(auditChangeRows({ phone: { before: null, after: '+1 555' } }).kind).toBe('changed');
  });
});
