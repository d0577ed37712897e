import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import {
  supportSettingsQueryKeys as keys,
  type TicketSettings,
  type TicketSettingsInput,
} from './support-settings-types';
import { useSettingsWrite } from './useSettingsWrite';

/** The priority rules and the reopen window (the defaults, version 0, until someone saves their own). */
export function useTicketSettings() {
  return useQuery({
    queryKey: keys.settings,
    queryFn: ({ signal }) => unwrap(api.GET('/api/tickets/settings', { signal })),
  });
}

export type TicketSettingsSave = { settings: Pick<TicketSettings, 'version'>; values: TicketSettingsInput };

/** Saves from the version read, so a newer change by someone else is not overwritten. */
export function useSaveTicketSettings() {
  return useSettingsWrite(
    ({ settings, values }: TicketSettingsSave) =>
      unwrap(api.PUT('/api/tickets/settings', { body: values, headers: ifMatch(settings.version) })),
    [keys.settings],
  );
}
