import { languages } from '@smartcrm/ui';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { durationParts } from '../utils/report-figures';
import type { TrendInterval } from '../utils/ticket-report-params';

/** Locale-aware figures of the support reports: counts, durations in minutes, rates, scores and periods. */
export function useReportFormats() {
  const { language, t } = useI18n();
  return useMemo(() => {
    const locale = languages.find((entry) => entry.value === language)?.locale ?? 'en-US';
    const unit = (name: 'day' | 'hour' | 'minute') =>
      new Intl.NumberFormat(locale, { style: 'unit', unit: name, unitDisplay: 'narrow' });
    const units = { day: unit('day'), hour: unit('hour'), minute: unit('minute') };
    const count = new Intl.NumberFormat(locale);
    const percent = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
    const score = new Intl.NumberFormat(locale, { minimumFractionDigits: 1, maximumFractionDigits: 2 });
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const day = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    const none = t('field.none');
    return {
      locale,
      count: (value: number) => count.format(value),
      /** Minutes as "3h 15m" or "2d 6h" in the language's own units; a dash when nothing was measured. */
      duration: (minutes: number | null) => {
        if (minutes === null) return none;
        const parts = durationParts(minutes);
        if (parts.days > 0)
          return parts.hours > 0
            ? `${units.day.format(parts.days)} ${units.hour.format(parts.hours)}`
            : units.day.format(parts.days);
        if (parts.hours > 0)
          return parts.minutes > 0
            ? `${units.hour.format(parts.hours)} ${units.minute.format(parts.minutes)}`
            : units.hour.format(parts.hours);
        return units.minute.format(parts.minutes);
      },
      rate: (value: number | null) => (value === null ? none : percent.format(value)),
      score: (value: number | null) => (value === null ? none : score.format(value)),
      /** A period's first day (YYYY-MM-DD) as its interval reads: "Mar 2026", "2 Mar". */
      period: (start: string, interval: TrendInterval) => {
        const date = new Date(`${start}T00:00:00Z`);
        if (Number.isNaN(date.getTime())) return start;
        return interval === 'month' ? month.format(date) : day.format(date);
      },
    };
  }, [language, t]);
}

export type ReportFormats = ReturnType<typeof useReportFormats>;
