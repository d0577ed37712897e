import type { ClientDto } from './dto';

/** Client fields a CSV column can map to; `custom.<key>` columns map to custom fields. */
export const importableFields = [
  'companyName',
  'contactPerson',
  'email',
  'phone',
  'industry',
  'status',
  'stage',
  'tier',
  'ownerEmail',
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
] as const;
export type ImportableField = (typeof importableFields)[number];
export type ColumnTarget = { kind: 'field'; field: ImportableField } | { kind: 'custom'; key: string };

const CUSTOM_PREFIX = 'custom.';
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
