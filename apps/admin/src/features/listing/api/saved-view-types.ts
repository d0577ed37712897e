import type { paths } from '@smartcrm/api-client';

type SavedViewPaths = paths['/api/saved-views'];

/** A named view of a list as the server lists it: the caller's own, or one a lead shared with the team. */
export type SavedView =
  SavedViewPaths['get']['responses'][200]['content']['application/json']['items'][number];
/** The lists a view can be saved for (each list's resource key). */
export type SavedViewList = SavedViewPaths['get']['parameters']['query']['list'];
export type NewSavedView = NonNullable<SavedViewPaths['post']['requestBody']>['content']['application/json'];
export type SavedViewChanges = NonNullable<
  paths['/api/saved-views/{id}']['patch']['requestBody']
>['content']['application/json'];

export const savedViewQueryKeys = {
  all: ['saved-views'] as const,
  list: (list: SavedViewList) => ['saved-views', list] as const,
};
