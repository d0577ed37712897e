/** Where the suite under test listens; the global setup provides it to every spec. */
export type SuiteUrls = { apiUrl: string; adminUrl: string; portalUrl: string };

declare module 'vitest' {
  // Vitest's provide/inject typing is extended by declaration merging, which needs an interface.
  export interface ProvidedContext {
    suite: SuiteUrls;
  }
}
