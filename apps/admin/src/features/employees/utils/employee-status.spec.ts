import { describe, expect, it } from 'vitest';
import { statusActions } from './employee-status';

describe('statusActions', () => {
  it('offers exactly the transitions the server allows', () => {
    expect(statusActions('active').map((action) => action.to)).toEqual(['on_leave', 'terminated']);
    expect(statusActions('on_leave').map((action) => action.to)).toEqual(['active', 'terminated']);
    expect(statusActions('terminated').map((action) => action.to)).toEqual(['active']);
  });

  it('calls going back to work from leave a return and from termination a rehire', () => {
    expect(statusActions('on_leave')[0]?.label).toBe('employees.statusAction.return');
    expect(statusActions('terminated')[0]?.label).toBe('employees.statusAction.rehire');
  });
});
