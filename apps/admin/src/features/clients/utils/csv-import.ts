import { type MessageKey, messagesEn } from '../../../i18n/messages-en';
import type { ClientImportField } from '../api/client-types';

/** What the wizard needs of an importable field the server lists (GET /api/clients/import/fields). */
export type ImportFieldChoice = Pick<ClientImportField, 'key' | 'label' | 'required'>;

const customPrefix = 'custom.';
const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const bareKey = (key: string) => (key.startsWith(customPrefix) ? key.slice(customPrefix.length) : key);

/**
 * The first records of a CSV text (RFC 4180: quoted cells may hold commas, doubled quotes and line
 * breaks), blank lines skipped. Only enough to show the header and a preview: the server parses the file.
 */
export function readCsvRecords(text: string, limit: number): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let cell = '';
  let quoted = false;
  let index = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  const endRecord = () => {
    record.push(cell);
    if (record.length > 1 || record[0] !== '') records.push(record);
    record = [];
    cell = '';
  };
  for (; index < text.length && records.length < limit; index++) {
    const char = text[index];
    if (quoted) {
      if (char === '"' && text[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"' && cell === '') quoted = true;
    else if (char === ',') {
      record.push(cell);
      cell = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      endRecord();
    } else cell += char;
  }
  if (records.length < limit && (cell !== '' || record.length > 0)) endRecord();
  return records;
}

/**
 * The field a header most likely means, among the fields the server lists: its key in any spelling
 * (companyName, company_name, "Company name"; a custom field's key with or without `custom.`), else its label.
 * Client fields come first in the server's list, so they win over a custom field of the same name.
 */
export function guessImportTarget(header: string, fields: readonly ImportFieldChoice[]): string | null {
  const name = header.trim();
  if (name.toLowerCase().startsWith(customPrefix)) {
    return fields.find((field) => field.key.toLowerCase() === name.toLowerCase())?.key ?? null;
  }
  const squashed = squash(name);
  const byKey = fields.find((field) => squash(bareKey(field.key)) === squashed);
  return (byKey ?? fields.find((field) => squash(field.label) === squashed))?.key ?? null;
}

/** The translated name of a client field, when the admin has one; custom fields keep their admin's label. */
export function importFieldLabelKey(key: string): MessageKey | null {
  const candidate = `import.field.${key}`;
  return !key.startsWith(customPrefix) && candidate in messagesEn ? (candidate as MessageKey) : null;
}

export type MappingProblem =
  | { kind: 'requiredMissing'; target: string }
  | { kind: 'duplicateTarget'; target: string };

/**
 * The mapping the endpoint takes (header → field; unmapped headers are ignored) and what is wrong with it:
 * a field every row needs (company name, required custom fields) that no column fills, two columns for one field.
 */
export function importMapping(
  choices: Readonly<Record<string, string | null>>,
  fields: readonly ImportFieldChoice[],
): { mapping: Record<string, string>; problems: MappingProblem[] } {
  const mapping: Record<string, string> = {};
  const duplicates: MappingProblem[] = [];
  const seen = new Set<string>();
  for (const [header, target] of Object.entries(choices)) {
    if (!target) continue;
    if (seen.has(target) && !duplicates.some((problem) => problem.target === target)) {
      duplicates.push({ kind: 'duplicateTarget', target });
    }
    seen.add(target);
    mapping[header.trim()] = target;
  }
  const missing = fields
    .filter((field) => field.required && !seen.has(field.key))
    .map((field): MappingProblem => ({ kind: 'requiredMissing', target: field.key }));
  return { mapping, problems: [...missing, ...duplicates] };
}
