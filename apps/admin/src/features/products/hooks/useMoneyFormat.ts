import { languages } from '@smartcrm/ui';
import { useMemo } from 'react';
import { useI18n } from '../../../i18n/useI18n';

/**
 * Formats a decimal amount in a given currency (products carry their own), as a string so it never passes
 * through binary floating point. Anything that is not a decimal is shown as it is.
 */
export function useMoneyFormat(): (amount: string | null | undefined, currency: string) => string {
  const { language, t } = useI18n();
  return useMemo(() => {
    const formats = new Map<string, Intl.NumberFormat>();
    const locale = languages.find((entry) => entry.value === language)?.locale ?? 'en-US';
    return (amount, currency) => {
      if (typeof amount !== 'string' || !/^-?\d+(\.\d+)?$/.test(amount)) return amount ?? t('field.none');
      let format = formats.get(currency);
      if (!format) {
        try {
          format = new Intl.NumberFormat(locale, { style: 'currency', currency });
        } catch {
          // An unknown currency code: show the amount with the code beside it.
          return `${amount} ${currency}`;
        }
        formats.set(currency, format);
      }
      return format.format(amount as `${number}`);
    };
  }, [language, t]);
}
