import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { keepProblemExtensions } from '../../../api/problem-extensions';
import { isVersionConflict } from '../utils/workforce-problems';
import { refreshWorkforce } from './workforce-cache';
import {
  type EmployeeChanges,
  type EmployeeDetail,
  type NewEmployee,
  type SkillLevel,
  type StatusChange,
  workforceQueryKeys,
} from './workforce-types';

/** The employee as it was loaded: writes name its version, so a change made in between is a 412. */
type LoadedEmployee = Pick<EmployeeDetail, 'id' | 'version'>;

/**
 * One write on a loaded employee. A version conflict loads the employee again at once, so the page shows
 * what changed while the error tells the user to look and try again.
 */
function useEmployeeWrite<Input>(
  employee: LoadedEmployee,
  write: (input: Input, version: number) => Promise<EmployeeDetail>,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: Input) => write(input, employee.version),
    onSuccess: (updated) =>
      refreshWorkforce(queryClient, { key: workforceQueryKeys.employee(updated.id), data: updated }),
    onError: (error) => {
      if (isVersionConflict(error)) {
        void queryClient.refetchQueries({ queryKey: workforceQueryKeys.employee(employee.id), exact: true });
      }
    },
  });
}

const path = (id: number) => ({ path: { id } });

export function useCreateEmployee() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewEmployee) => unwrap(api.POST('/api/employees', { body })),
    onSuccess: (created) =>
      refreshWorkforce(queryClient, { key: workforceQueryKeys.employee(created.id), data: created }),
  });
}

export function useUpdateEmployee(employee: LoadedEmployee) {
  return useEmployeeWrite(employee, (changes: EmployeeChanges, version) =>
    unwrap(
      api.PATCH('/api/employees/{id}', {
        params: path(employee.id),
        body: changes,
        headers: ifMatch(version),
      }),
    ),
  );
}

export function useChangeEmployeeStatus(employee: LoadedEmployee) {
  return useEmployeeWrite(employee, (change: StatusChange, version) =>
    unwrap(
      api.POST('/api/employees/{id}/status', {
        params: path(employee.id),
        body: change,
        headers: ifMatch(version),
      }),
    ),
  );
}

export function useSetEmployeeManager(employee: LoadedEmployee) {
  return useEmployeeWrite(employee, (managerId: number | null, version) =>
    unwrap(
      api.PUT('/api/employees/{id}/manager', {
        params: path(employee.id),
        body: { managerId },
        headers: ifMatch(version),
      }),
    ),
  );
}

export function useSetEmployeeSkills(employee: LoadedEmployee) {
  return useEmployeeWrite(employee, (skills: SkillLevel[], version) =>
    unwrap(
      api.PUT('/api/employees/{id}/skills', {
        params: path(employee.id),
        body: { skills },
        headers: ifMatch(version),
      }),
    ),
  );
}

export function useLinkEmployeeUser(employee: LoadedEmployee) {
  return useEmployeeWrite(employee, (userId: number, version) =>
    unwrap(
      api.PUT('/api/employees/{id}/user', {
        params: path(employee.id),
        body: { userId },
        headers: ifMatch(version),
      }),
    ),
  );
}

export function useUnlinkEmployeeUser(employee: LoadedEmployee) {
  return useEmployeeWrite(employee, (_: undefined, version) =>
    unwrap(api.DELETE('/api/employees/{id}/user', { params: path(employee.id), headers: ifMatch(version) })),
  );
}

/** Deletes a record entered by mistake; a refusal keeps the server's `uses` (see employeeInUseReasons). */
export function useDeleteEmployee(employee: LoadedEmployee) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/employees/{id}', {
        params: path(employee.id),
        headers: ifMatch(employee.version),
        middleware: [keepProblemExtensions],
      });
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: workforceQueryKeys.employee(employee.id), exact: true });
      refreshWorkforce(queryClient);
    },
    onError: (error) => {
      if (isVersionConflict(error)) {
        void queryClient.refetchQueries({ queryKey: workforceQueryKeys.employee(employee.id), exact: true });
      }
    },
  });
}
