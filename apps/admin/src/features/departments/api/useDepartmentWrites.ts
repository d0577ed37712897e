import { unwrap } from '@smartcrm/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { refreshWorkforce } from '../../employees/api/workforce-cache';
import {
  type DepartmentChanges,
  type DepartmentDetail,
  type NewDepartment,
  workforceQueryKeys,
} from '../../employees/api/workforce-types';
import { isVersionConflict } from '../../employees/utils/workforce-problems';

type LoadedDepartment = Pick<DepartmentDetail, 'id' | 'version'>;

export function useCreateDepartment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: NewDepartment) => unwrap(api.POST('/api/departments', { body })),
    onSuccess: (created) =>
      refreshWorkforce(queryClient, { key: workforceQueryKeys.department(created.id), data: created }),
  });
}

/** Renames, moves or changes the head of a department as it was loaded (412 if it changed meanwhile). */
export function useUpdateDepartment(department: LoadedDepartment) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (changes: DepartmentChanges) =>
      unwrap(
        api.PATCH('/api/departments/{id}', {
          params: { path: { id: department.id } },
          body: changes,
          headers: ifMatch(department.version),
        }),
      ),
    onSuccess: (updated) =>
      refreshWorkforce(queryClient, { key: workforceQueryKeys.department(updated.id), data: updated }),
    onError: (error) => {
      if (isVersionConflict(error)) {
        void queryClient.refetchQueries({
          queryKey: workforceQueryKeys.department(department.id),
          exact: true,
        });
      }
    },
  });
}

export function useDeleteDepartment(department: LoadedDepartment) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async () => {
      await api.DELETE('/api/departments/{id}', {
        params: { path: { id: department.id } },
        headers: ifMatch(department.version),
      });
    },
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: workforceQueryKeys.department(department.id), exact: true });
      refreshWorkforce(queryClient);
    },
    onError: (error) => {
      if (isVersionConflict(error)) {
        void queryClient.refetchQueries({
          queryKey: workforceQueryKeys.department(department.id),
          exact: true,
        });
      }
    },
  });
}
