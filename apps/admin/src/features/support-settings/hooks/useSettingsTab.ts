import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import { useUpdateSearch } from '../../listing/hooks/useUpdateSearch';
import { type SettingsTab, settingsTabOf } from '../utils/settings-tabs';

/** The open settings tab, kept in the URL (`?tab=`) so a reload or a shared link opens the same one. */
export function useSettingsTab() {
  const [search] = useSearchParams();
  const updateSearch = useUpdateSearch();
  const tab = settingsTabOf(search.get('tab'));
  const setTab = useCallback(
    (next: SettingsTab) =>
      updateSearch(
        (params) => {
          if (next === 'queues') params.delete('tab');
          else params.set('tab', next);
          return params;
        },
        { replace: true },
      ),
    [updateSearch],
  );
  return { tab, setTab };
}
