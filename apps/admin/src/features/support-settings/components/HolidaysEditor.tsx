import { Fieldset, Group, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useI18n } from '../../../i18n/useI18n';
import { type CalendarFormValues, newRowKey } from '../utils/calendar-form';
import { AddRowButton, RemoveRowButton } from './RowButtons';

export type HolidaysEditorProps = { form: UseFormReturnType<CalendarFormValues> };

/** Days the team does not work although the week says it would: local dates in the calendar's zone. */
export function HolidaysEditor({ form }: HolidaysEditorProps) {
  const { t } = useI18n();
  const holidays = form.values.holidays;
  return (
    <Fieldset legend={t('supportSettings.holidays.title')} radius="md">
      <Stack gap="sm">
        <Text size="xs" c="dimmed">
          {t('supportSettings.holidays.hint')}
        </Text>
        {holidays.length === 0 && (
          <Text size="sm" c="dimmed">
            {t('supportSettings.holidays.none')}
          </Text>
        )}
        {holidays.map((holiday, index) => {
          const name = t('supportSettings.holidays.item', { number: index + 1 });
          return (
            <Group key={holiday.key} gap="sm" align="flex-start" wrap="nowrap" role="group" aria-label={name}>
              <TextInput
                type="date"
                label={t('supportSettings.holidays.date')}
                w={170}
                {...form.getInputProps(`holidays.${index}.day`)}
              />
              <TextInput
                label={t('supportSettings.holidays.name')}
                maxLength={100}
                style={{ flexGrow: 1 }}
                {...form.getInputProps(`holidays.${index}.name`)}
              />
              <RemoveRowButton
                label={t('supportSettings.holidays.remove', { holiday: name })}
                onClick={() => form.removeListItem('holidays', index)}
              />
            </Group>
          );
        })}
        <AddRowButton
          onClick={() => form.insertListItem('holidays', { key: newRowKey('holiday'), day: '', name: '' })}
        >
          {t('supportSettings.holidays.add')}
        </AddRowButton>
      </Stack>
    </Fieldset>
  );
}
