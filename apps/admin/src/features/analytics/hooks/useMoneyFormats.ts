import { languages } from '@smartcrm/ui';
import { useMemo } from 'react';
import { currency } from '../../../config';
import { useI18n } from '../../../i18n/useI18n';

/** Money for a person (the server's exact strings) and compact money for chart axes (a scale only). */
export function useMoneyFormats() {
  const { language, format } = useI18n();
  return useMemo(() => {
    const locale = languages.find((entry) => entry.value === language)?.locale ?? 'en-US';
    const compact = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    const month = new Intl.DateTimeFormat(locale, { month: 'short', year: 'numeric', timeZone: 'UTC' });
    const dayFormat = new Intl.DateTimeFormat(locale, { month: 'short', day: 'numeric', timeZone: 'UTC' });
    return {
      locale,
      money: format.money,
      axisMoney: (value: number) => compact.format(value),
      /** A period's start day (YYYY-MM-DD) as the granularity reads: "Mar 2026", "2 Mar". */
      period: (start: string, by: 'day' | 'week' | 'month') => {
        const date = new Date(`${start}T00:00:00Z`);
        if (Number.isNaN(date.getTime())) return start;
        return by === 'month' ? month.format(date) : dayFormat.format(date);
      },
    };
  }, [language, format]);
}
