import type { Client } from '@smartcrm/api-client';
import { describe, expect, it } from 'vitest';
import type { CustomFieldDefinition } from '../api/client-types';
import { clientChanges, clientFormValues, newClientBody } from './client-form';

const field = (key: string, type: CustomFieldDefinition['type']): CustomFieldDefinition => ({
  id: 1,
  key,
  label: key,
  type,
  options: type === 'select' ? ['north', 'south'] : [],
  required: false,
  version: 1,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
});
const definitions = [field('seats', 'number'), field('vip', 'boolean'), field('region', 'select')];

const client = {
  id: 3,
  companyName: 'Acme',
  contactPerson: null,
  email: 'info@acme.test',
  phone: null,
  industry: 'Retail',
  status: 'active',
  stage: 'customer',
  tier: 'gold',
  ownerUserId: 5,
  ownerName: 'Sam Owner',
  website: null,
  addressLine1: null,
  addressLine2: null,
  city: 'Berlin',
  region: null,
  postalCode: null,
  country: 'DE',
  annualRevenue: '1200.50',
  tags: ['a', 'b'],
  notes: null,
  customFields: { seats: 12, vip: true },
  renewalDate: null,
  lastContactAt: null,
  archivedAt: null,
  mergedIntoId: null,
  version: 4,
  createdAt: '2025-01-01T00:00:00.000Z',
  updatedAt: '2025-01-01T00:00:00.000Z',
} satisfies Client;

describe('clientChanges', () => {
  it('sends only what changed, emptied fields as null and custom values in their types', () => {
    const initial = clientFormValues(client, definitions);
    expect(initial.customFields).toEqual({ seats: '12', vip: 'true', region: '' });
    const values = {
      ...initial,
      city: '  ',
      email: ' info@acme.test ',
      ownerUserId: '',
      tags: ['a'],
      customFields: { seats: '15', vip: 'false', region: 'north' },
    };
    expect(clientChanges(initial, values, definitions)).toEqual({
      city: null,
      ownerUserId: null,
      tags: ['a'],
      customFields: { seats: 15, vip: false, region: 'north' },
    });
  });

  it('is empty when nothing changed', () => {
    const initial = clientFormValues(client, definitions);
    expect(clientChanges(initial, { ...initial }, definitions)).toEqual({});
  });

  it('removes a cleared custom value and keeps text that is not a number for the server to name', () => {
    const initial = clientFormValues(client, definitions);
    const values = { ...initial, customFields: { ...initial.customFields, seats: 'many', vip: '' } };
    expect(clientChanges(initial, values, definitions).customFields).toEqual({ seats: 'many', vip: null });
  });
});

describe('newClientBody', () => {
  it('leaves out empty fields and names the stage and owner', () => {
    const values = {
      ...clientFormValues(null, definitions, { ownerUserId: 9 }),
      companyName: ' Beta ',
      industry: 'Logistics',
      customFields: { seats: '3', vip: '', region: '' },
    };
    expect(newClientBody(values, definitions, 'prospect')).toEqual({
      companyName: 'Beta',
      stage: 'prospect',
      industry: 'Logistics',
      tier: 'standard',
      ownerUserId: 9,
      customFields: { seats: 3 },
    });
  });
});
