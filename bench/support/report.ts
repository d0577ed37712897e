import { loadavg } from 'node:os';

/** How the benchmarks print numbers: n/a for what could not be measured. */
export const format = {
  count: (value: number) => (Number.isFinite(value) ? Math.round(value).toLocaleString('en-US') : 'n/a'),
  /** Per second: whole numbers, with decimals for slow work (0.4/s is not 0/s). */
  rate: (value: number) =>
    !Number.isFinite(value)
      ? 'n/a'
      : value < 10
        ? value.toFixed(value < 1 ? 2 : 1)
        : Math.round(value).toLocaleString('en-US'),
  ms: (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a'),
  ratio: (value: number) => (Number.isFinite(value) ? value.toFixed(2) : 'n/a'),
  seconds: (value: number) => (Number.isFinite(value) ? value.toFixed(1) : 'n/a'),
  load: () =>
    loadavg()
      .map((value) => value.toFixed(2))
      .join(' '),
};

/** A plain-text table: the first column left-aligned, the others right-aligned. */
export function renderTable(header: string[], lines: string[][], indent = ''): string {
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => line[column]?.length ?? 0)),
  );
  const render = (cells: string[]) =>
    indent +
    cells
      .map((cell, column) =>
        column === 0 ? cell.padEnd(widths[0] ?? 0) : cell.padStart(widths[column] ?? 0),
      )
      .join('  ')
      .trimEnd();
  return [
    render(header),
    indent + widths.map((width) => '-'.repeat(width)).join('  '),
    ...lines.map(render),
  ].join('\n');
}

export type Check = {
  label: string;
  value: number | undefined;
  limit: number;
  atMost: boolean;
  unit: string;
};

/** Each target as met or MISSED with the measured value; targets without a value are left out. */
export function printChecks(checks: Check[]): void {
  const width = Math.max(...checks.map((check) => check.label.length));
  for (const check of checks) {
    if (check.value === undefined || Number.isNaN(check.value)) continue;
    const met = check.atMost ? check.value < check.limit : check.value >= check.limit;
    const shown = check.unit === '×' ? format.ratio(check.value) : format.ms(check.value);
    console.log(`  ${met ? 'met   ' : 'MISSED'}  ${check.label.padEnd(width)}  ${shown}${check.unit}`);
  }
}
