import { createContext } from 'react';
import type { Formatters } from './format';
import type { Language } from './languages';
import type { MessageKey } from './messages-en';

export type TranslateParams = Record<string, string | number>;

export type I18nValue = {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: MessageKey, params?: TranslateParams) => string;
  format: Formatters;
};

export const I18nContext = createContext<I18nValue | null>(null);
