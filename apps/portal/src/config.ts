/** ISO 4217 code that product prices and order totals are in; the API sends bare decimal amounts. */
export const currency: string = import.meta.env.VITE_CURRENCY ?? 'USD';

/** Where staff sign in; staff who try the portal are sent there. Without it they are only told to. */
export const adminAppUrl: string | null = import.meta.env.VITE_ADMIN_URL || null;

/** Public contact details shown on the site; placeholders until the company's real ones are configured. */
export const contact = {
  salesEmail: 'sales@smartcrm.example',
  supportEmail: 'support@smartcrm.example',
  phone: '+1 (555) 010-0199',
  phoneHref: 'tel:+15550100199',
} as const;
