import { type ReactNode, useEffect, useMemo, useState } from 'react';
import { currency } from '../config';
import { createFormatters } from './format';
import { I18nContext, type I18nValue, type TranslateParams } from './I18nContext';
import { detectLanguage, type Language, localeOf, saveLanguage } from './languages';
import { type MessageKey, type Messages, messagesEn } from './messages-en';
import { messagesZh } from './messages-zh';

const catalogues: Record<Language, Messages> = { en: messagesEn, 'zh-CN': messagesZh };

export type I18nProviderProps = { children: ReactNode };

export function I18nProvider({ children }: I18nProviderProps) {
  const [language, setLanguageState] = useState<Language>(detectLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const value = useMemo<I18nValue>(() => {
    const messages = catalogues[language];
    const t = (key: MessageKey, params?: TranslateParams) => interpolate(messages[key], params);
    return {
      language,
      setLanguage: (next) => {
        saveLanguage(next);
        setLanguageState(next);
      },
      t,
      format: createFormatters({ locale: localeOf(language), currency, empty: messages['field.none'] }),
    };
  }, [language]);

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

function interpolate(template: string, params?: TranslateParams): string {
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in params ? String(params[name]) : match,
  );
}
