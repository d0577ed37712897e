import { parse } from 'csv-parse/sync';
import { TransactionRollbackError } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../platform/db/database';
import { constraintViolation } from '../../platform/db/errors';
import type { AuditActor } from '../../platform/http/audit-actor';
import { AppError } from '../../platform/http/errors';
import { formatCents, toCents } from '../../platform/money/money.util';
import { type ClientInsert, findStaffUserIdsByEmail } from './client.repository';
import { insertNewClient } from './client.service';
import {
  type ColumnTarget,
  describeImportFields,
  type ImportableField,
  importableFields,
  recordStartLine,
  splitTags,
  targetOf,
  unprotectCell,
} from './client-csv.util';
import { findCustomFields } from './custom-field.repository';
import {
  applyCustomFieldValues,
  type CustomFieldDefinition,
  parseCustomFieldCell,
} from './custom-field.util';
import { createClientBodySchema, type ImportReport } from './dto';

export const IMPORT_MAX_BYTES = 5 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 10_000;

type Reason = { field: string | null; message: string };
type ParsedRecord = { record: string[]; info: { lines: number }; raw: string };
type Column = { index: number; name: string; target: ColumnTarget };
type CheckedRow = { line: number; values?: ClientInsert; reasons: Reason[] };

const invalidMapping = (detail: string) => new AppError('invalid_mapping', 400, detail);
const mappingSchema = z.record(z.string(), z.string());

function parseCsv(text: string): ParsedRecord[] {
  try {
    return parse(text, {
      bom: true,
      info: true,
      raw: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as ParsedRecord[];
  } catch (error) {
    const { message, lines } = error as { message?: string; lines?: number };
    throw new AppError('invalid_csv', 400, `The file is not valid CSV: ${message ?? 'unreadable'}`, {
      ...(typeof lines === 'number' ? { line: lines } : {}),
    });
  }
}

/** Which column feeds which field: the caller's mapping (header → field), or the headers' own names. */
function resolveColumns(
  header: string[],
  mappingText: string | undefined,
  definitions: CustomFieldDefinition[],
): Column[] {
  let mapping: Record<string, string> | undefined;
  if (mappingText !== undefined) {
    let decoded: unknown;
    try {
      decoded = JSON.parse(mappingText);
    } catch {
      throw invalidMapping('mapping must be a JSON object from CSV header to field');
    }
    const checked = mappingSchema.safeParse(decoded);
    if (!checked.success) throw invalidMapping('mapping must be a JSON object from CSV header to field');
    mapping = checked.data;
    for (const name of Object.keys(mapping)) {
      if (!header.some((cell) => cell.trim() === name))
        throw invalidMapping(`The file has no column "${name}"`);
    }
  }
  const columns: Column[] = [];
  header.forEach((cell, index) => {
    const name = cell.trim();
    const wanted = mapping ? mapping[name] : name;
    if (wanted === undefined) return;
    const target = targetOf(wanted);
    if (!target) {
      if (mapping) {
        throw invalidMapping(
          `"${wanted}" is not a client field; use one of ${importableFields.join(', ')} or custom.<key>`,
        );
      }
      return;
    }
    if (target.kind === 'custom' && !definitions.some((definition) => definition.key === target.key)) {
      throw invalidMapping(`custom.${target.key} is not a defined custom field`);
    }
    columns.push({ index, name, target });
  });
  const label = (target: ColumnTarget) => (target.kind === 'field' ? target.field : `custom.${target.key}`);
  const seen = new Set<string>();
  for (const column of columns) {
    if (seen.has(label(column.target))) throw invalidMapping(`Two columns map to ${label(column.target)}`);
    seen.add(label(column.target));
  }
  if (!seen.has('companyName'))
    throw invalidMapping('No column maps to companyName, which every client needs');
  return columns;
}

/** One row checked completely, every problem named; values only when there are none. */
function checkRow(options: {
  record: ParsedRecord;
  headerLength: number;
  columns: Column[];
  definitions: CustomFieldDefinition[];
  ownerIds: Map<string, number>;
}): CheckedRow {
  const { record, columns, definitions } = options;
  const line = recordStartLine({ lines: record.info.lines, raw: record.raw });
  const reasons: Reason[] = [];
  if (record.record.length !== options.headerLength) {
    reasons.push({
      field: null,
      message: `has ${record.record.length} fields; the header has ${options.headerLength}`,
    });
  }
  const input: Record<string, unknown> = {};
  const custom: Record<string, unknown> = {};
  let ownerEmail: string | undefined;
  for (const column of columns) {
    const cell = unprotectCell(record.record[column.index] ?? '').trim();
    if (cell === '') continue;
    if (column.target.kind === 'custom') {
      const key = column.target.key;
      custom[key] = parseCustomFieldCell(
        definitions.find((definition) => definition.key === key) as CustomFieldDefinition,
        cell,
      );
      continue;
    }
    const field: ImportableField = column.target.field;
    if (field === 'ownerEmail') ownerEmail = cell;
    else input[field] = field === 'tags' ? splitTags(cell) : cell;
  }
  const parsed = createClientBodySchema.safeParse(input);
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      reasons.push({ field: issue.path.join('.') || null, message: issue.message });
  }
  const ownerUserId = ownerEmail === undefined ? null : options.ownerIds.get(ownerEmail.toLowerCase());
  if (ownerUserId === undefined)
    reasons.push({ field: 'ownerEmail', message: `${ownerEmail} is not an active staff user` });
  const customValues = applyCustomFieldValues({
    definitions,
    stored: {},
    submitted: custom,
    checkRequired: true,
    parameterPrefix: 'custom',
  });
  for (const problem of customValues.problems)
    reasons.push({ field: problem.parameter, message: problem.message });
  if (reasons.length > 0 || !parsed.success) return { line, reasons };
  const { customFields: _none, annualRevenue, ...fields } = parsed.data;
  return {
    line,
    reasons,
    values: {
      ...fields,
      ownerUserId: ownerUserId ?? null,
      annualRevenue: annualRevenue ? formatCents(toCents(annualRevenue)) : null,
      customFields: customValues.values,
    },
  };
}

/** CSV import of clients: every row is checked and either imported whole or reported with its line. */
export function createClientImportService(deps: { db: Database }) {
  const { db } = deps;

  return {
    /** The columns an import can fill, custom fields included: what an import wizard offers to map. */
    async describeFields() {
      return { items: describeImportFields(await findCustomFields(db)) };
    },

    async importClients(
      actor: AuditActor,
      csv: string,
      options: { mapping?: string; dryRun: boolean },
    ): Promise<ImportReport> {
      const [header, ...rows] = parseCsv(csv);
      if (!header) throw new AppError('empty_csv', 400, 'The file has no header row');
      if (rows.length > IMPORT_MAX_ROWS) {
        throw new AppError(
          'too_many_rows',
          400,
          `At most ${IMPORT_MAX_ROWS} rows per import; split the file`,
        );
      }
      const definitions = await findCustomFields(db);
      const columns = resolveColumns(header.record, options.mapping, definitions);
      const ownerColumn = columns.find(
        (column) => column.target.kind === 'field' && column.target.field === 'ownerEmail',
      );
      const ownerEmails = ownerColumn
        ? [
            ...new Set(
              rows.map((row) => unprotectCell(row.record[ownerColumn.index] ?? '').trim()).filter(Boolean),
            ),
          ]
        : [];
      const ownerIds = await findStaffUserIdsByEmail(db, ownerEmails);
      const checked = rows.map((record) =>
        checkRow({ record, headerLength: header.record.length, columns, definitions, ownerIds }),
      );

      const errors = checked
        .filter((row) => !row.values)
        .map((row) => ({ line: row.line, reasons: row.reasons }));
      const created: { line: number; id: number }[] = [];
      // One transaction, one savepoint per row: a row the database refuses is reported alone, and a
      // failure of the whole import (or a dry run) leaves nothing behind, so it can simply be sent again.
      try {
        await db.transaction(async (tx) => {
          for (const row of checked) {
            if (!row.values) continue;
            const values = row.values;
            try {
              const client = await tx.transaction((savepoint) =>
                insertNewClient(savepoint, actor, values, 'import'),
              );
              created.push({ line: row.line, id: client.id });
            } catch (error) {
              const violation = constraintViolation(error);
              if (!violation) throw error;
              errors.push({
                line: row.line,
                reasons: [
                  {
                    field: null,
                    message: `refused by the database (${violation.constraint ?? violation.code})`,
                  },
                ],
              });
            }
          }
          if (options.dryRun) tx.rollback();
        });
      } catch (error) {
        if (!(options.dryRun && error instanceof TransactionRollbackError)) throw error;
      }
      errors.sort((a, b) => a.line - b.line);
      return {
        dryRun: options.dryRun,
        totalRows: rows.length,
        imported: created.length,
        failed: errors.length,
        created: options.dryRun ? [] : created,
        errors,
      };
    },
  };
}
