import { Table } from '@mantine/core';

export type KeyValueTableProps = {
  caption: string;
  keyHeader: string;
  valueHeader: string;
  entries: [string, string][];
};

export function KeyValueTable({ caption, keyHeader, valueHeader, entries }: KeyValueTableProps) {
  return (
    <Table withTableBorder withColumnBorders striped captionSide="top">
      <Table.Caption
        style={{
          textAlign: 'left',
          fontWeight: 700,
          fontSize: 'var(--mantine-font-size-lg)',
          color: 'var(--mantine-color-text)',
        }}
      >
        {caption}
      </Table.Caption>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col" w="40%">
            {keyHeader}
          </Table.Th>
          <Table.Th scope="col">{valueHeader}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {entries.map(([key, value]) => (
          <Table.Tr key={key}>
            <Table.Th scope="row" fw={500}>
              {key}
            </Table.Th>
            <Table.Td>{value}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
