import { ActionIcon, Button, Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { languages } from '@smartcrm/ui';
import { IconPlus, IconX } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { type CalendarFormValues, newRowKey, type Weekday, weekdays } from '../utils/calendar-form';

export type WeekHoursEditorProps = { form: UseFormReturnType<CalendarFormValues> };

/** The week's opening hours: for each weekday, any number of ranges (none: closed all day). */
export function WeekHoursEditor({ form }: WeekHoursEditorProps) {
  const { t, language } = useI18n();
  const dayNames = useMemo(() => {
    const locale = languages.find((entry) => entry.value === language)?.locale ?? 'en-US';
    const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
    // 1 January 2024 was a Monday, ISO weekday 1.
    return new Map(weekdays.map((day) => [day, format.format(new Date(Date.UTC(2024, 0, Number(day))))]));
  }, [language]);

  return (
    <Fieldset legend={t('supportSettings.hours.week')} radius="md">
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('supportSettings.hours.weekHint')}
        </Text>
        {weekdays.map((day) => (
          <DayRow key={day} day={day} dayName={dayNames.get(day) ?? day} form={form} />
        ))}
      </Stack>
    </Fieldset>
  );
}

function DayRow({
  day,
  dayName,
  form,
}: {
  day: Weekday;
  dayName: string;
  form: UseFormReturnType<CalendarFormValues>;
}) {
  const { t } = useI18n();
  const rows = form.values.week[day];
  return (
    <Group align="flex-start" gap="md" wrap="nowrap" role="group" aria-label={dayName}>
      <Text fw={600} size="sm" w={110} pt={6} style={{ flexShrink: 0 }}>
        {dayName}
      </Text>
      <Stack gap={6} style={{ flexGrow: 1 }}>
        {rows.length === 0 && (
          <Text size="sm" c="dimmed" pt={6}>
            {t('supportSettings.hours.closed')}
          </Text>
        )}
        {rows.map((row, index) => {
          const rangeName = t('supportSettings.hours.range', { day: dayName, number: index + 1 });
          return (
            <Group
              key={row.key}
              gap="xs"
              align="flex-start"
              wrap="nowrap"
              role="group"
              aria-label={rangeName}
            >
              <TextInput
                type="time"
                aria-label={t('supportSettings.hours.opens')}
                w={130}
                {...form.getInputProps(`week.${day}.${index}.start`)}
              />
              <Text size="sm" pt={6} aria-hidden>
                –
              </Text>
              <TextInput
                type="time"
                aria-label={t('supportSettings.hours.closes')}
                w={130}
                {...form.getInputProps(`week.${day}.${index}.end`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                mt={4}
                aria-label={t('supportSettings.hours.removeRange', { range: rangeName })}
                onClick={() => form.removeListItem(`week.${day}`, index)}
              >
                <IconX size={16} aria-hidden />
              </ActionIcon>
            </Group>
          );
        })}
      </Stack>
      <Button
        variant="subtle"
        size="compact-sm"
        mt={4}
        leftSection={<IconPlus size={14} aria-hidden />}
        aria-label={t('supportSettings.hours.addRange', { day: dayName })}
        onClick={() => {
          const last = rows[rows.length - 1];
          form.insertListItem(`week.${day}`, {
            key: newRowKey(`hours-${day}`),
            // After the last range, or the usual office hours on a closed day.
            start: last ? last.end : '09:00',
            end: last ? '00:00' : '17:00',
          });
        }}
        style={{ flexShrink: 0 }}
      >
        {t('supportSettings.hours.addRangeShort')}
      </Button>
    </Group>
  );
}
