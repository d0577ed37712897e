import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider, type RouterProviderProps } from 'react-router';
import type { Catalogues } from '../i18n/messages';
import { AppProviders } from './AppProviders';

export type MountAppOptions<Key extends string> = {
  router: RouterProviderProps['router'];
  catalogues: Catalogues<Key>;
  /** ISO 4217 code that money amounts are in. */
  currency: string;
};

/** Renders an app's router, inside the shared providers, into the page's `#root` element. */
export function mountApp<Key extends string>({ router, catalogues, currency }: MountAppOptions<Key>): void {
  const root = document.getElementById('root');
  if (!root) throw new Error('index.html has no #root element');

  createRoot(root).render(
    <StrictMode>
      <AppProviders catalogues={catalogues} currency={currency}>
        <RouterProvider router={router} />
      </AppProviders>
    </StrictMode>,
  );
}
