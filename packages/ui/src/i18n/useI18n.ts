import { useContext } from 'react';
import { I18nContext, type I18nValue } from './I18nContext';
import type { SharedMessageKey } from './messages';

/** The current language, `t` and formatters; an app names its message keys as `Key` to have them checked. */
export function useI18n<Key extends string = SharedMessageKey>(): I18nValue<Key> {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
