import { DataList, useMatches } from '@mantine/core';
import type { ReactNode } from 'react';

export type DetailField = { label: string; value: ReactNode };
export type DetailFieldsProps = { fields: DetailField[] };

export function DetailFields({ fields }: DetailFieldsProps) {
  // Side by side leaves too little room for values on a phone; stack them there.
  const orientation = useMatches<'vertical' | 'horizontal'>({ base: 'vertical', sm: 'horizontal' });
  return (
    <DataList withDivider labelWidth="180px" size="sm" orientation={orientation}>
      {fields.map((field) => (
        <DataList.Item key={field.label}>
          <DataList.ItemLabel>{field.label}</DataList.ItemLabel>
          <DataList.ItemValue>{field.value}</DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
