import { Group, SegmentedControl, Stack, Text, TextInput } from '@mantine/core';
import { useId } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { type PeriodGrouping, periodGroupings, type ReportParams } from '../utils/report-params';

export type ReportPeriodControlsProps = {
  params: ReportParams;
  onChange: (change: Partial<ReportParams>) => void;
  invalid: boolean;
};

/** The period every figure on the page covers, and how the trend groups it. */
export function ReportPeriodControls({ params, onChange, invalid }: ReportPeriodControlsProps) {
  const { t } = useI18n();
  const groupingId = useId();
  return (
    <Group align="flex-end" gap="md" role="group" aria-label={t('analytics.period')}>
      <TextInput
        type="date"
        label={t('analytics.from')}
        value={params.from}
        onChange={(event) => event.currentTarget.value && onChange({ from: event.currentTarget.value })}
        error={invalid ? t('analytics.invalidPeriod') : undefined}
        w={170}
      />
      <TextInput
        type="date"
        label={t('analytics.to')}
        value={params.to}
        onChange={(event) => event.currentTarget.value && onChange({ to: event.currentTarget.value })}
        w={170}
      />
      <Stack gap={4}>
        <Text size="sm" fw={500} id={groupingId}>
          {t('analytics.groupBy')}
        </Text>
        <SegmentedControl
          aria-labelledby={groupingId}
          value={params.by}
          onChange={(by) => onChange({ by: by as PeriodGrouping })}
          data={periodGroupings.map((by) => ({ value: by, label: t(`analytics.by.${by}`) }))}
        />
      </Stack>
    </Group>
  );
}
