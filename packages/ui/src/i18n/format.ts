const dateOnly = /^\d{4}-\d{2}-\d{2}$/;

export type Formatters = {
  money: (amount: string | null | undefined) => string;
  date: (value: string | null | undefined) => string;
  dateTime: (value: string | null | undefined) => string;
};

/** Locale-aware formatters; `empty` is shown for missing values. */
export function createFormatters(options: { locale: string; currency: string; empty: string }): Formatters {
  const { locale, currency, empty } = options;
  const moneyFormat = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const dateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium' });
  // Calendar dates (YYYY-MM-DD) have no time zone: format them in UTC so they never shift by a day.
  const calendarDateFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  const dateTimeFormat = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' });

  return {
    // Decimal strings are formatted as strings so amounts never pass through binary floating point.
    money: (amount) => (isDecimal(amount) ? moneyFormat.format(amount) : (amount ?? empty)),
    date: (value) => {
      if (!value) return empty;
      if (dateOnly.test(value)) return calendarDateFormat.format(new Date(`${value}T00:00:00Z`));
      return formatValid(dateFormat, value);
    },
    dateTime: (value) => (value ? formatValid(dateTimeFormat, value) : empty),
  };
}

function isDecimal(value: string | null | undefined): value is `${number}` {
  return typeof value === 'string' && /^-?\d+(\.\d+)?$/.test(value);
}

function formatValid(format: Intl.DateTimeFormat, value: string): string {
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : format.format(date);
}
