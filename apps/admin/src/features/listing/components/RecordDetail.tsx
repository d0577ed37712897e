import { Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { type DetailField, DetailFields } from '../../../ui/DetailFields';
import { PageHeader } from '../../../ui/PageHeader';

export type RecordDetailProps = {
  title: string;
  subtitle?: string;
  badge?: ReactNode;
  fields: DetailField[];
  record: { id: number; version: number; createdAt: string; updatedAt: string };
  children?: ReactNode;
};

/** The common layout of a record's page: heading, its fields, then the bookkeeping every record has. */
export function RecordDetail({ title, subtitle, badge, fields, record, children }: RecordDetailProps) {
  const { t, format } = useI18n();
  const bookkeeping: DetailField[] = [
    { label: t('field.id'), value: record.id },
    { label: t('field.version'), value: record.version },
    { label: t('field.createdAt'), value: format.dateTime(record.createdAt) },
    { label: t('field.updatedAt'), value: format.dateTime(record.updatedAt) },
  ];
  return (
    <Stack gap="md">
      <div>
        <PageHeader title={title} badge={badge} />
        {subtitle && (
          <Text c="dimmed" mt={-8}>
            {subtitle}
          </Text>
        )}
      </div>
      <Paper withBorder radius="md" p="lg">
        <DetailFields fields={[...fields, ...bookkeeping]} />
      </Paper>
      {children}
    </Stack>
  );
}
