/**
 * Client fields a CSV column can feed, as the import endpoint names them (a copy of the server's list,
 * which the API does not publish); `custom.<key>` columns feed custom fields.
 */
export const importFields = [
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
export type ImportField = (typeof importFields)[number];

const customPrefix = 'custom.';
const squash = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

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

/** The field a header most likely means, in the server's spelling rules (companyName, company_name, "Company name"). */
export function guessImportTarget(header: string, customKeys: readonly string[]): string | null {
  const name = header.trim();
  if (name.toLowerCase().startsWith(customPrefix)) {
    const key = name.slice(customPrefix.length);
    return customKeys.includes(key) ? `${customPrefix}${key}` : null;
  }
  const squashed = squash(name);
  const field = importFields.find((candidate) => squash(candidate) === squashed);
  if (field) return field;
  const custom = customKeys.find((key) => squash(key) === squashed);
  return custom ? `${customPrefix}${custom}` : null;
}

export type MappingProblem = { kind: 'companyNameMissing' } | { kind: 'duplicateTarget'; target: string };

/** The mapping the endpoint takes (header → field; unmapped headers are ignored) and what is wrong with it. */
export function importMapping(choices: Readonly<Record<string, string | null>>): {
  mapping: Record<string, string>;
  problems: MappingProblem[];
} {
  const mapping: Record<string, string> = {};
  const problems: MappingProblem[] = [];
  const seen = new Set<string>();
  for (const [header, target] of Object.entries(choices)) {
    if (!target) continue;
    if (seen.has(target) && !problems.some((problem) => 'target' in problem && problem.target === target)) {
      problems.push({ kind: 'duplicateTarget', target });
    }
    seen.add(target);
    mapping[header.trim()] = target;
  }
  if (!seen.has('companyName')) problems.unshift({ kind: 'companyNameMissing' });
  return { mapping, problems };
}
