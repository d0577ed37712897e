import { NativeSelect } from '@mantine/core';
import { useI18n } from '../../../i18n/useI18n';
import { DepartmentSelect } from '../../departments/components/DepartmentSelect';
import type { ListFilterControls } from '../../listing/components/ResourceListView';
import { SkillPicker } from '../../skills/components/SkillPicker';
import { employeeStatuses } from '../api/workforce-types';
import { employeeStatusStyles } from '../utils/employee-status';
import { skillLevels } from '../utils/skill-levels';
import { EmployeePicker } from './EmployeePicker';

export type EmployeeFiltersProps = ListFilterControls;

const idOf = (value: string | undefined) => (value && /^\d+$/.test(value) ? Number(value) : null);
const text = (id: number | null) => (id === null ? null : String(id));

export function EmployeeFilters({ filters, setFilter }: EmployeeFiltersProps) {
  const { t } = useI18n();
  const skillId = idOf(filters.skillId);
  return (
    <>
      <DepartmentSelect
        label={t('employees.department')}
        placeholder={t('employees.filter.anyDepartment')}
        value={idOf(filters.departmentId)}
        onChange={(id) => setFilter('departmentId', text(id))}
        clearable
        w={220}
      />
      <SkillPicker
        label={t('employees.filter.skill')}
        placeholder={t('employees.filter.anySkill')}
        value={skillId}
        onChange={(id) => setFilter('skillId', text(id))}
        w={200}
      />
      {skillId !== null && (
        <NativeSelect
          label={t('employees.filter.minLevel')}
          value={filters.minSkillLevel ?? ''}
          onChange={(event) => setFilter('minSkillLevel', event.currentTarget.value)}
          data={[
            { value: '', label: t('employees.filter.anyLevel') },
            ...skillLevels.map((level) => ({
              value: String(level),
              label: t('employees.filter.levelAtLeast', { level }),
            })),
          ]}
          w={150}
        />
      )}
      <NativeSelect
        label={t('field.status')}
        value={filters.status ?? ''}
        onChange={(event) => setFilter('status', event.currentTarget.value)}
        data={[
          { value: '', label: t('employees.filter.anyStatus') },
          ...employeeStatuses.map((status) => ({
            value: status,
            label: t(employeeStatusStyles[status].label),
          })),
        ]}
        w={150}
      />
      <EmployeePicker
        label={t('employees.manager')}
        placeholder={t('employees.filter.anyManager')}
        value={idOf(filters.managerId)}
        onChange={(id) => setFilter('managerId', text(id))}
        w={200}
      />
    </>
  );
}
