import { Alert, Button, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { type FormErrors, useForm } from '@mantine/form';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import type { BusinessCalendar } from '../api/support-settings-types';
import { useCreateCalendar, useUpdateCalendar } from '../api/useCalendars';
import {
  type CalendarFormValues,
  calendarFormValues,
  calendarOfForm,
  dayProblems,
  holidayProblems,
  minutesOfTime,
  openMinutes,
  weekdays,
} from '../utils/calendar-form';
import { browserTimeZone, timeZoneOptions } from '../utils/time-zones';
import { HolidaysEditor } from './HolidaysEditor';
import { SettingsModal } from './SettingsModal';
import { SettingsProblem } from './SettingsProblem';
import { WeekHoursEditor } from './WeekHoursEditor';

export type CalendarModalProps = {
  opened: boolean;
  /** The calendar being changed; a new one is made when absent. */
  calendar: BusinessCalendar | null;
  onClose: () => void;
};

export function CalendarModal({ opened, calendar, onClose }: CalendarModalProps) {
  const { t } = useI18n();
  const title = calendar
    ? t('supportSettings.hours.editTitle', { name: calendar.name })
    : t('supportSettings.hours.addTitle');
  return (
    <SettingsModal opened={opened} title={title} onClose={onClose} size="xl">
      <CalendarForm calendar={calendar} title={title} onDone={onClose} />
    </SettingsModal>
  );
}

function CalendarForm({
  calendar,
  title,
  onDone,
}: {
  calendar: BusinessCalendar | null;
  title: string;
  onDone: () => void;
}) {
  const { t } = useI18n();
  const create = useCreateCalendar();
  const update = useUpdateCalendar();
  const write = calendar ? update : create;
  const zones = useMemo(timeZoneOptions, []);
  const form = useForm<CalendarFormValues>({
    initialValues: calendarFormValues(calendar, browserTimeZone()),
    validate: (values) => {
      const errors: FormErrors = {};
      if (!values.name.trim()) errors.name = t('supportSettings.nameRequired');
      if (!zones.includes(values.timeZone)) errors.timeZone = t('supportSettings.hours.timeZoneRequired');
      for (const day of weekdays) {
        const problems = dayProblems(values.week[day]);
        values.week[day].forEach((row, index) => {
          const problem = problems.get(row.key);
          if (!problem) return;
          // A bad start is shown on the start; everything else is about where the range ends.
          const field = problem === 'invalidTime' && minutesOfTime(row.start) === null ? 'start' : 'end';
          errors[`week.${day}.${index}.${field}`] = t(`supportSettings.hours.problem.${problem}`);
        });
      }
      if (openMinutes(values.week) === 0) errors.week = t('supportSettings.hours.noHours');
      const holidays = holidayProblems(values.holidays);
      values.holidays.forEach((holiday, index) => {
        const problem = holidays.get(holiday.key);
        if (problem)
          errors[`holidays.${index}.${problem === 'nameRequired' ? 'name' : 'day'}`] = t(
            `supportSettings.holidays.problem.${problem}`,
          );
      });
      return errors;
    },
  });

  const submit = form.onSubmit((values) => {
    const changes = calendarOfForm(values);
    if (calendar) update.mutate({ calendar, changes }, { onSuccess: onDone });
    else create.mutate(changes, { onSuccess: onDone });
  });

  return (
    <form onSubmit={submit} noValidate aria-label={title}>
      <Stack gap="lg">
        {write.isError && <SettingsProblem error={write.error} title={t('supportSettings.saveFailed')} />}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            label={t('supportSettings.name')}
            required
            maxLength={100}
            data-autofocus
            {...form.getInputProps('name')}
          />
          <Select
            label={t('supportSettings.hours.timeZone')}
            description={t('supportSettings.hours.timeZoneHint')}
            required
            searchable
            limit={100}
            data={zones}
            allowDeselect={false}
            nothingFoundMessage={t('supportSettings.hours.noTimeZone')}
            {...form.getInputProps('timeZone')}
          />
        </SimpleGrid>
        <WeekHoursEditor form={form} />
        {typeof form.errors.week === 'string' && (
          <Alert color="red" variant="light" role="alert">
            {form.errors.week}
          </Alert>
        )}
        <HolidaysEditor form={form} />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onDone}>
            {t('action.cancel')}
          </Button>
          <Button type="submit" loading={write.isPending}>
            {calendar ? t('action.save') : t('supportSettings.hours.create')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
