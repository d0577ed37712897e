import type { CustomFieldDefinition } from './custom-field.util';
import type { ClientDto } from './dto';
import { clientStages, clientStatuses, clientTiers } from './schema';

/** How an import reads a cell: `enum` takes one of `values`, `tags` a list separated by ; or |. */
export const importFieldTypes = [
  'text',
  'email',
  'phone',
  'url',
  'country',
  'decimal',
  'date',
  'number',
  'boolean',
  'enum',
  'tags',
] as const;
export type ImportFieldType = (typeof importFieldTypes)[number];

export type ImportFieldDescription = {
  key: string;
  label: string;
  required: boolean;
  type: ImportFieldType;
  /** The allowed values of an `enum` field; null for other types. */
  values: string[] | null;
  description: string | null;
};

const field = <const Key extends string>(
  key: Key,
  label: string,
  type: ImportFieldType,
  extra: { required?: boolean; values?: readonly string[]; description?: string } = {},
) =>
  ({
    key,
    label,
    type,
    required: extra.required ?? false,
    values: extra.values ? [...extra.values] : null,
    description: extra.description ?? null,
  }) as const;

/** The client fields a CSV column can feed, in the order forms show them; `custom.<key>` columns feed custom fields. */
const builtInImportFields = [
  field('companyName', 'Company name', 'text', { required: true }),
  field('contactPerson', 'Contact person', 'text'),
  field('email', 'Email', 'email'),
  field('phone', 'Phone', 'phone'),
  field('industry', 'Industry', 'text'),
  field('status', 'Account status', 'enum', { values: clientStatuses }),
  field('stage', 'Stage', 'enum', { values: clientStages, description: 'lead when left empty' }),
  field('tier', 'Tier', 'enum', { values: clientTiers }),
  field('ownerEmail', 'Account manager (email)', 'email', {
    description: 'The email of an active staff user',
  }),
  field('website', 'Website', 'url', { description: 'An http or https address' }),
  field('addressLine1', 'Address line 1', 'text'),
  field('addressLine2', 'Address line 2', 'text'),
  field('city', 'City', 'text'),
  field('region', 'Region or state', 'text'),
  field('postalCode', 'Postal code', 'text'),
  field('country', 'Country', 'country', { description: 'An ISO 3166-1 alpha-2 code, e.g. DE' }),
  field('annualRevenue', 'Annual revenue', 'decimal', { description: 'At most 2 decimals, e.g. 1250.50' }),
  field('tags', 'Tags', 'tags', { description: 'Separated by ; or |' }),
  field('notes', 'Notes', 'text'),
  field('renewalDate', 'Renewal date', 'date', { description: 'YYYY-MM-DD' }),
];

export const importableFields = builtInImportFields.map((described) => described.key);
export type ImportableField = (typeof builtInImportFields)[number]['key'];
export type ColumnTarget = { kind: 'field'; field: ImportableField } | { kind: 'custom'; key: string };

const CUSTOM_PREFIX = 'custom.';

const customFieldImportTypes: Record<CustomFieldDefinition['type'], ImportFieldType> = {
  text: 'text',
  number: 'number',
  date: 'date',
  boolean: 'boolean',
  select: 'enum',
};

/** Every column an import can fill: the client fields, then one `custom.<key>` per custom field definition. */
export function describeImportFields(
  definitions: readonly CustomFieldDefinition[],
): ImportFieldDescription[] {
  return [
    ...builtInImportFields,
    ...definitions.map((definition) => ({
      key: `${CUSTOM_PREFIX}${definition.key}`,
      label: definition.label,
      required: definition.required,
      type: customFieldImportTypes[definition.type],
      values: definition.type === 'select' ? [...definition.options] : null,
      description:
        definition.type === 'boolean'
          ? 'true, yes or 1; false, no or 0'
          : definition.type === 'date'
            ? 'YYYY-MM-DD'
            : null,
    })),
  ];
}
const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const fieldsBySquashedName = new Map(importableFields.map((field) => [squash(field), field]));

/** What a column header means: a field by its name in any spelling (companyName, company_name, "Company name"). */
export function targetOf(name: string): ColumnTarget | undefined {
  const trimmed = name.trim();
  if (trimmed.toLowerCase().startsWith(CUSTOM_PREFIX)) {
    const key = trimmed.slice(CUSTOM_PREFIX.length);
    return key ? { kind: 'custom', key } : undefined;
  }
  const field = fieldsBySquashedName.get(squash(trimmed));
  return field ? { kind: 'field', field } : undefined;
}

/** Tags in one cell, separated by ; or | (commas would need quoting in CSV). */
export function splitTags(cell: string): string[] {
  return cell
    .split(/[;|]/)
    .map((tag) => tag.trim())
    .filter(Boolean);
}

// Spreadsheets run cells that start with these as formulas (CSV injection); exports prefix them with '.
const formulaStart = /^[=+\-@\t\r]/;

export function protectCell(value: string): string {
  return formulaStart.test(value) ? `'${value}` : value;
}

/** Undoes protectCell, so an exported file imports back to the same values. */
export function unprotectCell(value: string): string {
  return value.startsWith("'") && formulaStart.test(value.slice(1)) ? value.slice(1) : value;
}

/**
 * The line a parsed record starts on. csv-parse reports the line it ends on and the record's raw text
 * (with any blank lines skipped before it); a quoted cell may span lines.
 */
export function recordStartLine(info: { lines: number; raw?: string }): number {
  const body = (info.raw ?? '').replace(/^(\r?\n)+/, '').replace(/\r?\n$/, '');
  return info.lines - (body.match(/\n/g)?.length ?? 0);
}

/** The export's columns, in order; an import reads the same headers back. */
export const exportColumns = [
  'id',
  'companyName',
  'contactPerson',
  'email',
  'phone',
  'industry',
  'status',
  'stage',
  'tier',
  'ownerUserId',
  'website',
  'addressLine1',
  'addressLine2',
  'city',
  'region',
  'postalCode',
  'country',
  'annualRevenue',
  'tags',
  'notes',
  'renewalDate',
  'lastContactAt',
  'archivedAt',
  'createdAt',
  'updatedAt',
] as const satisfies readonly (keyof ClientDto)[];

/** One client as CSV cells, safe to open in a spreadsheet. */
export function toCsvRecord(client: ClientDto, customKeys: readonly string[]): string[] {
  const cell = (value: unknown): string => {
    if (value === null || value === undefined) return '';
    if (value instanceof Date) return value.toISOString();
    if (Array.isArray(value)) return protectCell(value.join(';'));
    return protectCell(String(value));
  };
  return [
    ...exportColumns.map((column) => cell(client[column])),
    ...customKeys.map((key) => cell(client.customFields[key])),
  ];
}

export const customColumnName = (key: string) => `${CUSTOM_PREFIX}${key}`;
