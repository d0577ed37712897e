import { MantineProvider } from '@mantine/core';
import { QueryClientProvider } from '@tanstack/react-query';
import { type ReactNode, useState } from 'react';
import { I18nProvider } from '../i18n/I18nProvider';
import type { Catalogues } from '../i18n/messages';
import { createQueryClient } from './query-client';
import { cssVariablesResolver, theme } from './theme';

export type AppProvidersProps<Key extends string> = {
  catalogues: Catalogues<Key>;
  currency: string;
  children: ReactNode;
};

/** Theme, server-state cache and translations: what every page of either app expects around it. */
export function AppProviders<Key extends string>({ catalogues, currency, children }: AppProvidersProps<Key>) {
  const [queryClient] = useState(createQueryClient);
  return (
    <MantineProvider theme={theme} cssVariablesResolver={cssVariablesResolver} defaultColorScheme="light">
      <QueryClientProvider client={queryClient}>
        <I18nProvider catalogues={catalogues} currency={currency}>
          {children}
        </I18nProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
