import { useCallback } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { type DurationParts, formatDuration } from '../utils/sla-timer';

const unitKeys = {
  days: 'tickets.duration.days',
  hours: 'tickets.duration.hours',
  minutes: 'tickets.duration.minutes',
} as const;

/** Words a duration in the user's language: "1 h 20 m". */
export function useDurationText(): (parts: DurationParts) => string {
  const { t } = useI18n();
  return useCallback(
    (parts: DurationParts) =>
      formatDuration(parts, (unit, count) => t(unitKeys[unit], { count: String(count) })),
    [t],
  );
}
