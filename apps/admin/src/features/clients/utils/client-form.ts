import type { Client } from '@smartcrm/api-client';
import type { ClientChanges, CustomFieldDefinition, NewClient } from '../api/client-types';
import {
  type CustomFieldFormValues,
  changedCustomFields,
  customFieldFormValues,
  filledCustomFields,
} from './custom-field-values';

/** Profile fields that are free text in the form; '' means no value. */
export const profileTextFields = [
  'companyName',
  'contactPerson',
  'email',
  'phone',
  'industry',
  'website',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
  'annualRevenue',
  'notes',
  'renewalDate',
] as const;
type ProfileTextField = (typeof profileTextFields)[number];

export type ClientFormValues = Record<ProfileTextField, string> & {
  tier: Client['tier'];
  status: Client['status'];
  /** The owner's user id as text ('' for nobody), as selects hold values. */
  ownerUserId: string;
  tags: string[];
  customFields: CustomFieldFormValues;
};

export function clientFormValues(
  client: Client | null,
  definitions: readonly CustomFieldDefinition[],
  defaults: { ownerUserId?: number | null } = {},
): ClientFormValues {
  const text = Object.fromEntries(profileTextFields.map((field) => [field, client?.[field] ?? ''])) as Record<
    ProfileTextField,
    string
  >;
  const owner = client ? client.ownerUserId : (defaults.ownerUserId ?? null);
  return {
    ...text,
    tier: client?.tier ?? 'standard',
    status: client?.status ?? 'lead',
    ownerUserId: owner === null ? '' : String(owner),
    tags: client?.tags ?? [],
    customFields: customFieldFormValues(definitions, client?.customFields ?? {}),
  };
}

const textValue = (field: ProfileTextField, value: string): string | null => {
  // Notes keep their line breaks and spacing; every other field is trimmed.
  const kept = field === 'notes' ? value : value.trim();
  return kept.trim() === '' ? null : kept;
};

const ownerValue = (text: string): number | null => (text ? Number(text) : null);

/** What changed between the loaded client and the form, as a PATCH body; empty when nothing did. */
export function clientChanges(
  initial: ClientFormValues,
  values: ClientFormValues,
  definitions: readonly CustomFieldDefinition[],
): ClientChanges {
  const changes: Record<string, unknown> = {};
  for (const field of profileTextFields) {
    const after = textValue(field, values[field]);
    if (textValue(field, initial[field]) !== after) changes[field] = after;
  }
  if (values.tier !== initial.tier) changes.tier = values.tier;
  if (values.status !== initial.status) changes.status = values.status;
  if (values.ownerUserId !== initial.ownerUserId) changes.ownerUserId = ownerValue(values.ownerUserId);
  if (values.tags.join('\u0000') !== initial.tags.join('\u0000')) changes.tags = values.tags;
  const custom = changedCustomFields(definitions, initial.customFields, values.customFields);
  if (Object.keys(custom).length > 0) changes.customFields = custom;
  return changes as ClientChanges;
}

/** The body that creates a client from the form; fields left empty are not sent. */
export function newClientBody(
  values: ClientFormValues,
  definitions: readonly CustomFieldDefinition[],
  stage: NewClient['stage'],
): NewClient {
  const body: Record<string, unknown> = { companyName: values.companyName.trim(), stage };
  for (const field of profileTextFields) {
    const value = textValue(field, values[field]);
    if (field !== 'companyName' && value !== null) body[field] = value;
  }
  body.tier = values.tier;
  if (values.ownerUserId) body.ownerUserId = ownerValue(values.ownerUserId);
  if (values.tags.length > 0) body.tags = values.tags;
  const custom = filledCustomFields(definitions, values.customFields);
  if (Object.keys(custom).length > 0) body.customFields = custom;
  return body as NewClient;
}
