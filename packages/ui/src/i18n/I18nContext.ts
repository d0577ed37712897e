import { createContext } from 'react';
import type { Formatters } from './format';
import type { Language } from './languages';
import type { SharedMessageKey } from './messages';

export type TranslateParams = Record<string, string | number>;

export type I18nValue<Key extends string = SharedMessageKey> = {
  language: Language;
  setLanguage: (language: Language) => void;
  t: (key: Key, params?: TranslateParams) => string;
  format: Formatters;
};

// The provider translates any key of the tables it was given; each app's hook narrows `t` to its own keys.
export const I18nContext = createContext<I18nValue<string> | null>(null);
