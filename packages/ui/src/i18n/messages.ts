import type { Language } from './languages';

/** Keys that the shared components and formatters read, so every app's message tables must define them. */
export type SharedMessageKey =
  | 'app.skipToContent'
  | 'language.label'
  | 'field.none'
  | 'state.loading'
  | 'state.errorTitle'
  | 'state.networkError'
  | 'state.retry';

/** One language's table of an app's messages: its own keys and the shared ones. */
export type Messages<Key extends string> = Record<Key | SharedMessageKey, string>;

/** An app's message tables, one for each supported language. */
export type Catalogues<Key extends string> = Record<Language, Messages<Key>>;
