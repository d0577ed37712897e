/// <reference types="vite/client" />

interface ImportMetaEnv {
  readonly VITE_CURRENCY?: string;
  readonly VITE_ADMIN_URL?: string;
}
