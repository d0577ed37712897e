import { unwrap } from '@smartcrm/api-client';
import { api } from '../../../api/client';
import type { Skill, SkillListQuery } from '../../employees/api/workforce-types';
import type { ListResource } from '../../listing/api/resource';

export const skillResource: ListResource<Skill> = {
  key: 'skills',
  sortFields: ['name', 'id'],
  defaultSort: 'name',
  fetchList: (query, signal) =>
    unwrap(api.GET('/api/skills', { params: { query: query as SkillListQuery }, signal })),
};
