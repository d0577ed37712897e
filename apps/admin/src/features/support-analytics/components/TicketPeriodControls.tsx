import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { type ReportRange, reportRanges, type TicketReportParams } from '../utils/ticket-report-params';

export type TicketPeriodControlsProps = {
  params: TicketReportParams;
  onChange: (change: Partial<TicketReportParams>) => void;
  invalid: boolean;
};

/** The period every figure on the page covers: a recent preset or days of one's own. */
export function TicketPeriodControls({ params, onChange, invalid }: TicketPeriodControlsProps) {
  const { t } = useI18n();
  const labelId = useId();
  return (
    <Group align="flex-end" gap="md" role="group" aria-labelledby={labelId}>
      <Stack gap={4}>
        <Text size="sm" fw={500} id={labelId}>
          {t('supportAnalytics.period')}
        </Text>
        <SegmentedControl
          aria-labelledby={labelId}
          value={params.range}
          onChange={(range) =>
            onChange(
              // A custom range starts from the days shown, which the person then adjusts.
              range === 'custom'
                ? { range: 'custom', from: params.from, to: params.to }
                : { range: range as ReportRange },
            )
          }
          data={reportRanges.map((range) => ({ value: range, label: t(`supportAnalytics.range.${range}`) }))}
        />
      </Stack>
      {params.range === 'custom' && (
        <>
          <TextInput
            type="date"
            label={t('supportAnalytics.from')}
            value={params.from}
            onChange={(event) => event.currentTarget.value && onChange({ from: event.currentTarget.value })}
            error={invalid ? t('supportAnalytics.invalidPeriod') : undefined}
            w={170}
          />
          <TextInput
            type="date"
            label={t('supportAnalytics.to')}
            value={params.to}
            onChange={(event) => event.currentTarget.value && onChange({ to: event.currentTarget.value })}
            w={170}
          />
        </>
      )}
    </Group>
  );
}
