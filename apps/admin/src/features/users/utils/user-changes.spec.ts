import { describe, expect, it } from 'vitest';
import { changedUserFields, userFormValues } from './user-changes';

const loaded = userFormValues({ name: 'Alex Agent', role: 'agent', isActive: true });

describe('changedUserFields', () => {
  it('sends nothing when nothing changed, whitespace included', () => {
    expect(changedUserFields(loaded, { ...loaded, name: ' Alex Agent ' })).toEqual({});
  });

  it('sends only the changed fields', () => {
    expect(changedUserFields(loaded, { ...loaded, role: 'sales' })).toEqual({ role: 'sales' });
    expect(changedUserFields(loaded, { ...loaded, isActive: false })).toEqual({ isActive: false });
    expect(changedUserFields(loaded, { name: 'Alex', role: 'manager', isActive: true })).toEqual({
      name: 'Alex',
      role: 'manager',
    });
  });

  it('clears a name that was emptied', () => {
    expect(changedUserFields(loaded, { ...loaded, name: '  ' })).toEqual({ name: null });
    expect(changedUserFields(userFormValues({ name: null, role: 'agent', isActive: true }), loaded)).toEqual({
      name: 'Alex Agent',
    });
  });
});
