import type { Client } from '@smartcrm/api-client';
import type { EnumStyles } from '../../listing/utils/enum-style';

export const clientStatusStyles: EnumStyles<Client['status']> = {
  lead: { label: 'clients.status.lead', color: 'blue' },
  active: { label: 'clients.status.active', color: 'green' },
  inactive: { label: 'clients.status.inactive', color: 'gray' },
  churned: { label: 'clients.status.churned', color: 'red' },
};
