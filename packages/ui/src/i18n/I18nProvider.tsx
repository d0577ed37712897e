import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { createFormatters } from './format';
import { I18nContext, type I18nValue, type TranslateParams } from './I18nContext';
import { detectLanguage, type Language, localeOf, saveLanguage } from './languages';
import type { Catalogues } from './messages';

export type I18nProviderProps<Key extends string> = {
  catalogues: Catalogues<Key>;
  /** ISO 4217 code that money amounts are in. */
  currency: string;
  children: ReactNode;
};

export function I18nProvider<Key extends string>({ catalogues, currency, children }: I18nProviderProps<Key>) {
  const [language, setLanguageState] = useState<Language>(detectLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nValue<string>>(() => {
    const messages: Record<string, string> = catalogues[language];
    const t = (key: string, params?: TranslateParams) => interpolate(messages[key] ?? key, params);
    return {
      language,
      setLanguage: (next) => {
        saveLanguage(next);
        setLanguageState(next);
      },
      t,
      format: createFormatters({
        locale: localeOf(language),
        currency,
        empty: catalogues[language]['field.none'],
      }),
    };
  }, [catalogues, currency, language]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
