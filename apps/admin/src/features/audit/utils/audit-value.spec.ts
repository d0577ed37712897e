import { describe, expect, it } from 'vitest';
import { describeAuditValue } from './audit-value';

describe('describeAuditValue', () => {
  it('shows missing values as none and secrets as redacted', () => {
    expect(describeAuditValue('name', null)).toEqual({ kind: 'none' });
    expect(describeAuditValue('phone', '')).toEqual({ kind: 'none' });
    expect(describeAuditValue('passwordHash', '[redacted]')).toEqual({ kind: 'redacted' });
  });

  it('recognises flags, roles, languages and instants', () => {
    expect(describeAuditValue('isActive', false)).toEqual({ kind: 'boolean', value: false });
    expect(describeAuditValue('role', 'agent')).toEqual({ kind: 'role', role: 'agent' });
    expect(describeAuditValue('locale', 'zh-CN')).toEqual({ kind: 'text', value: '简体中文' });
    expect(describeAuditValue('lastLogin', '2026-03-01T10:00:00.000Z')).toEqual({
      kind: 'dateTime',
      value: '2026-03-01T10:00:00.000Z',
    });
  });

  it('writes anything else out as text', () => {
    expect(describeAuditValue('name', 'Ada')).toEqual({ kind: 'text', value: 'Ada' });
    expect(describeAuditValue('clientId', 7)).toEqual({ kind: 'text', value: '7' });
    expect(describeAuditValue('tags', ['a', 'b'])).toEqual({ kind: 'text', value: '["a","b"]' });
  });
});
