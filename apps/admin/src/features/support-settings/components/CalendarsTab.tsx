import { Stack, Table, Text } from '@mantine/core';
import { EmptyResult, ErrorState, LoadingState, languages } from '@smartcrm/ui';
import { useMemo, useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { localDay } from '../../support-analytics/utils/ticket-report-params';
import type { BusinessCalendar } from '../api/support-settings-types';
import { useCalendars, useDeleteCalendar } from '../api/useCalendars';
import { timeOfMinutes, weekdays } from '../utils/calendar-form';
import { upcomingHolidays } from '../utils/holiday-summary';
import { CalendarModal } from './CalendarModal';
import { DeleteSettingModal } from './DeleteSettingModal';
import { RowActions } from './RowActions';
import { TabIntro } from './TabIntro';

/** Business-hours calendars: when SLA clocks run, in which time zone, and the holidays they skip. */
export function CalendarsTab() {
  const { t, language } = useI18n();
  const calendars = useCalendars();
  const remove = useDeleteCalendar();
  const [editing, setEditing] = useState<BusinessCalendar | null>(null);
  const [adding, setAdding] = useState(false);
  const [removing, setRemoving] = useState<BusinessCalendar | null>(null);
  const today = localDay(new Date());
  const shortDays = useMemo(() => {
    const locale = languages.find((entry) => entry.value === language)?.locale ?? 'en-US';
    const formatDay = new Intl.DateTimeFormat(locale, { weekday: 'short', timeZone: 'UTC' });
    return new Map(weekdays.map((day) => [day, formatDay.format(new Date(Date.UTC(2024, 0, Number(day))))]));
  }, [language]);

  const weekSummary = (calendar: BusinessCalendar) =>
    weekdays
      .filter((day) => (calendar.week[day] ?? []).length > 0)
      .map(
        (day) =>
          `${shortDays.get(day)} ${(calendar.week[day] ?? [])
            .map(
              (range) =>
                `${timeOfMinutes(range.start)}–${range.end === 24 * 60 ? '24:00' : timeOfMinutes(range.end)}`,
            )
            .join(', ')}`,
      );

  return (
    <Stack gap="md">
      <TabIntro
        description={t('supportSettings.hours.description')}
        addLabel={t('supportSettings.hours.add')}
        onAdd={() => setAdding(true)}
      />
      {calendars.isPending ? (
        <LoadingState />
      ) : calendars.isError ? (
        <ErrorState error={calendars.error} onRetry={() => calendars.refetch()} />
      ) : calendars.data.length === 0 ? (
        <EmptyResult
          title={t('supportSettings.hours.emptyTitle')}
          description={t('supportSettings.hours.empty')}
        />
      ) : (
        <Table.ScrollContainer minWidth={760}>
          <Table verticalSpacing="sm" aria-label={t('supportSettings.tab.hours')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('supportSettings.name')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.hours.timeZone')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.hours.week')}</Table.Th>
                <Table.Th scope="col">{t('supportSettings.holidays.title')}</Table.Th>
                <Table.Th scope="col">{t('list.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {calendars.data.map((calendar) => (
                <Table.Tr key={calendar.id}>
                  <Table.Th scope="row" fw={600}>
                    {calendar.name}
                  </Table.Th>
                  <Table.Td>{calendar.timeZone}</Table.Td>
                  <Table.Td>
                    {weekSummary(calendar).map((line) => (
                      <Text key={line} size="xs" style={{ whiteSpace: 'nowrap' }}>
                        {line}
                      </Text>
                    ))}
                  </Table.Td>
                  <Table.Td>
                    <HolidaySummary holidays={calendar.holidays} today={today} />
                  </Table.Td>
                  <Table.Td>
                    <RowActions
                      editLabel={t('supportSettings.editNamed', { name: calendar.name })}
                      deleteLabel={t('supportSettings.deleteNamed', { name: calendar.name })}
                      onEdit={() => setEditing(calendar)}
                      onDelete={() => setRemoving(calendar)}
                    />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <CalendarModal
        opened={adding || editing !== null}
        calendar={editing}
        onClose={() => {
          setAdding(false);
          setEditing(null);
        }}
      />
      <DeleteSettingModal
        name={removing?.name ?? null}
        title={t('supportSettings.hours.deleteTitle')}
        text={t('supportSettings.hours.deleteText', { name: removing?.name ?? '' })}
        failedTitle={t('supportSettings.deleteFailed')}
        mutation={remove}
        onConfirm={(done) => removing && remove.mutate(removing, { onSuccess: done })}
        onClose={() => setRemoving(null)}
      />
    </Stack>
  );
}

const shownHolidays = 3;

/** The next few holidays (a calendar may list years of them), and how many more there are. */
function HolidaySummary({ holidays, today }: { holidays: BusinessCalendar['holidays']; today: string }) {
  const { t, format } = useI18n();
  const { next, later, past } = upcomingHolidays(holidays, today, shownHolidays);
  if (holidays.length === 0)
    return (
      <Text size="sm" c="dimmed">
        {t('field.none')}
      </Text>
    );
  return (
    <>
      {next.map((holiday) => (
        <Text key={holiday.day} size="xs">
          {`${format.date(holiday.day)} · ${holiday.name}`}
        </Text>
      ))}
      {(later > 0 || past > 0) && (
        <Text size="xs" c="dimmed">
          {t('supportSettings.holidays.more', { later, past })}
        </Text>
      )}
    </>
  );
}
