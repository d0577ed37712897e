import { unwrap } from '@smartcrm/api-client';
import { useQuery } from '@tanstack/react-query';
import { api } from '../../../api/client';
import { ifMatch } from '../../../api/if-match';
import { fetchAllPages } from './fetch-all-pages';
import {
  type BusinessCalendar,
  type CalendarInput,
  supportSettingsQueryKeys as keys,
} from './support-settings-types';
import { useSettingsWrite } from './useSettingsWrite';

/** Every business-hours calendar, by name, with its weekly hours and holidays. */
export function useCalendars() {
  return useQuery({
    queryKey: keys.calendars,
    queryFn: ({ signal }) =>
      fetchAllPages((cursor) =>
        unwrap(
          api.GET('/api/tickets/calendars', {
            params: { query: { limit: 100, sort: 'name', ...(cursor ? { cursor } : {}) } },
            signal,
          }),
        ),
      ),
  });
}

// Policies show their calendar's name.
const calendarTouches = [keys.calendars, keys.slaPolicies] as const;

export function useCreateCalendar() {
  return useSettingsWrite(
    (body: CalendarInput) => unwrap(api.POST('/api/tickets/calendars', { body })),
    calendarTouches,
  );
}

export type CalendarUpdate = { calendar: Pick<BusinessCalendar, 'id' | 'version'>; changes: CalendarInput };

export function useUpdateCalendar() {
  return useSettingsWrite(
    ({ calendar, changes }: CalendarUpdate) =>
      unwrap(
        api.PATCH('/api/tickets/calendars/{id}', {
          params: { path: { id: calendar.id } },
          body: changes,
          headers: ifMatch(calendar.version),
        }),
      ),
    calendarTouches,
  );
}

export function useDeleteCalendar() {
  return useSettingsWrite(async (calendar: Pick<BusinessCalendar, 'id' | 'version'>) => {
    await api.DELETE('/api/tickets/calendars/{id}', {
      params: { path: { id: calendar.id } },
      headers: ifMatch(calendar.version),
    });
  }, calendarTouches);
}
