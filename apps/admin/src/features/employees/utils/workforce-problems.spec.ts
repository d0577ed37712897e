import { ApiProblem } from '@smartcrm/api-client';
import { describe, expect, it } from 'vitest';
import { ExtendedApiProblem } from '../../../api/problem-extensions';
import { employeeInUseReasons, isVersionConflict, knownEmployeeUses } from './workforce-problems';

const problem = (code: string, status: number) =>
  new ApiProblem({ type: 'about:blank', title: 'Conflict', status, detail: 'No', code });

describe('employeeInUseReasons', () => {
  it('reads the server’s uses, in a fixed order, dropping ones it does not know', () => {
    const error = new ExtendedApiProblem(problem('employee_in_use', 409), {
      uses: ['user_account', 'direct_reports', 'something_new'],
    });
    expect(employeeInUseReasons(error)).toEqual(['direct_reports', 'user_account']);
  });

  it('has nothing to say about other problems or a problem without its extensions', () => {
    expect(employeeInUseReasons(problem('employee_in_use', 409))).toEqual([]);
    expect(employeeInUseReasons(new ExtendedApiProblem(problem('forbidden', 403), { uses: ['x'] }))).toEqual(
      [],
    );
    expect(employeeInUseReasons(new Error('offline'))).toEqual([]);
  });
});

describe('knownEmployeeUses', () => {
  it('names the reports and the account the record shows', () => {
    expect(knownEmployeeUses({ directReports: [{}], userId: 3 })).toEqual(['direct_reports', 'user_account']);
    expect(knownEmployeeUses({ directReports: [], userId: null })).toEqual([]);
  });
});

describe('isVersionConflict', () => {
  it('recognises the 412 of a stale If-Match', () => {
    expect(isVersionConflict(problem('version_conflict', 412))).toBe(true);
    expect(isVersionConflict(problem('manager_cycle', 409))).toBe(false);
  });
});
