import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import classes from './DataTable.module.css';

export type DataTableColumn<Row> = {
  key: string;
  header: string;
  cell: (row: Row) => ReactNode;
  /** API sort field; columns without one are not sortable. */
  sortField?: string;
  numeric?: boolean;
  /** Lets long free text wrap; other cells (dates, amounts, badges) stay on one line. */
  wrap?: boolean;
};

export type DataTableSort = { field: string; direction: 'asc' | 'desc' };

export type DataTableProps<Row> = {
  caption: string;
  columns: DataTableColumn<Row>[];
  rows: Row[];
  rowKey: (row: Row) => string | number;
  sort?: DataTableSort;
  onSort?: (field: string) => void;
  /** Whole-row click for pointer users; keyboard users follow the link a column renders. */
  onRowClick?: (row: Row) => void;
  busy?: boolean;
};

export function DataTable<Row>({
  caption,
  columns,
  rows,
  rowKey,
  sort,
  onSort,
  onRowClick,
  busy,
}: DataTableProps<Row>) {
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        highlightOnHover={Boolean(onRowClick)}
        verticalSpacing="sm"
        aria-busy={busy}
        className={classes.table}
      >
        <Table.Caption className={classes.caption}>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {columns.map((column) => (
              <HeaderCell key={column.key} column={column} sort={sort} onSort={onSort} />
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((row) => (
            <Table.Tr
              key={rowKey(row)}
              className={onRowClick ? classes.clickableRow : undefined}
              onClick={onRowClick ? () => onRowClick(row) : undefined}
            >
              {columns.map((column, index) => (
                <Table.Td
                  key={column.key}
                  ta={column.numeric ? 'right' : undefined}
                  className={column.wrap || index === 0 ? undefined : classes.nowrap}
                >
                  {column.cell(row)}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

type HeaderCellProps<Row> = {
  column: DataTableColumn<Row>;
  sort?: DataTableSort;
  onSort?: (field: string) => void;
};

function HeaderCell<Row>({ column, sort, onSort }: HeaderCellProps<Row>) {
  const align = column.numeric ? 'right' : undefined;
  if (!column.sortField || !onSort) {
    return <Table.Th ta={align}>{column.header}</Table.Th>;
  }
  const sortField = column.sortField;
  const active = sort?.field === sortField;
  const ariaSort = active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none';
  const Icon = !active ? IconArrowsSort : sort.direction === 'asc' ? IconArrowUp : IconArrowDown;

  return (
    <Table.Th ta={align} aria-sort={ariaSort}>
      <UnstyledButton
        className={classes.sortButton}
        data-active={active || undefined}
        data-numeric={column.numeric || undefined}
        onClick={() => onSort(sortField)}
      >
        <span>{column.header}</span>
        <Icon size={14} aria-hidden className={classes.sortIcon} />
      </UnstyledButton>
    </Table.Th>
  );
}
