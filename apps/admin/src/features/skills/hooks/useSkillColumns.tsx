import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { DataTableColumn } from '../../../ui/DataTable';
import type { Skill } from '../../employees/api/workforce-types';
import { SkillActions } from '../components/SkillActions';

export function useSkillColumns(canManage: boolean): DataTableColumn<Skill>[] {
  const { t, format } = useI18n();
  return [
    { key: 'name', header: t('skills.name'), sortField: 'name', cell: (skill) => skill.name },
    {
      key: 'employees',
      header: t('skills.employees'),
      numeric: true,
      cell: (skill) => (
        <Anchor
          component={Link}
          to={`/employees?skillId=${skill.id}`}
          size="sm"
          aria-label={t('skills.employeesWith', { name: skill.name, count: skill.employeeCount })}
        >
          {skill.employeeCount}
        </Anchor>
      ),
    },
    { key: 'updatedAt', header: t('field.updatedAt'), cell: (skill) => format.dateTime(skill.updatedAt) },
    ...(canManage
      ? [
          {
            key: 'actions',
            header: t('list.actions'),
            cell: (skill: Skill) => <SkillActions skill={skill} />,
          },
        ]
      : []),
  ];
}
