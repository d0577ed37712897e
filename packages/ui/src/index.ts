export { AppProviders, type AppProvidersProps } from './app/AppProviders';
export { type MountAppOptions, mountApp } from './app/mountApp';
export { createQueryClient } from './app/query-client';
export { cssVariablesResolver, theme } from './app/theme';
export { CursorPager, type CursorPagerProps } from './components/CursorPager';
export { EmptyResult, type EmptyResultProps } from './components/EmptyResult';
export { ErrorState, type ErrorStateProps } from './components/ErrorState';
export { KeyValueTable, type KeyValueTableProps } from './components/KeyValueTable';
export { LoadingState } from './components/LoadingState';
export { SkipLink, type SkipLinkProps } from './components/SkipLink';
export { StatusBadge, type StatusBadgeProps } from './components/StatusBadge';
export { problemFieldErrors } from './forms/problem-field-errors';
export { type DebouncedSearch, useDebouncedSearch } from './hooks/useDebouncedSearch';
export { createFormatters, type Formatters } from './i18n/format';
export type { I18nValue, TranslateParams } from './i18n/I18nContext';
export { LanguageSelect, type LanguageSelectProps } from './i18n/LanguageSelect';
export { type Language, languages } from './i18n/languages';
export type { Catalogues, Messages, SharedMessageKey } from './i18n/messages';
export { useI18n } from './i18n/useI18n';
export { refreshDelayMs } from './session/refresh-schedule';
export {
  createSessionStore,
  type Session,
  type SessionEndReason,
  type SessionGrant,
  type SessionSnapshot,
  type SessionStatus,
  type SessionStore,
  type SessionStoreOptions,
} from './session/session-store';
export { createSingleFlight } from './session/single-flight';
export { createTokenRefreshFetch, type TokenRefreshFetchOptions } from './session/token-refresh-fetch';
export { useSessionSnapshot } from './session/useSessionSnapshot';
