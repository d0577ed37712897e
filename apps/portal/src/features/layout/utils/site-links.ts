import type { MessageKey } from '../../../i18n/messages-en';

export const siteLinks: { to: string; label: MessageKey }[] = [
  { to: '/', label: 'nav.home' },
  { to: '/products', label: 'nav.products' },
  { to: '/cases', label: 'nav.cases' },
  { to: '/contact', label: 'nav.contact' },
];
