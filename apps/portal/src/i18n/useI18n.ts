import { type I18nValue, useI18n as useSharedI18n } from '@smartcrm/ui';
import type { MessageKey } from './messages-en';

/** The shared i18n context, with `t` checked against this app's message keys. */
export const useI18n: () => I18nValue<MessageKey> = useSharedI18n;
