import { Alert, Anchor, Group, Stack, Table, Text } from '@mantine/core';
import { IconAlertTriangle, IconCircleCheck } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useI18n } from '../../../i18n/useI18n';
import type { ClientImportReport } from '../api/client-types';

export type ImportReportViewProps = { report: ClientImportReport };

const linkedClients = 20;

/** What an import did (or, on a dry run, would do): counts, then every bad row with its line and reasons. */
export function ImportReportView({ report }: ImportReportViewProps) {
  const { t } = useI18n();
  const clean = report.failed === 0;
  return (
    <Stack gap="md">
      <Alert
        color={clean ? 'green' : 'yellow'}
        variant="light"
        icon={clean ? <IconCircleCheck aria-hidden /> : <IconAlertTriangle aria-hidden />}
        title={report.dryRun ? t('import.report.dryRunTitle') : t('import.report.title')}
        role="status"
      >
        {t(report.dryRun ? 'import.report.wouldImport' : 'import.report.imported', {
          imported: report.imported,
          total: report.totalRows,
          failed: report.failed,
        })}
      </Alert>
      {!report.dryRun && report.created.length > 0 && (
        <Group gap="xs">
          <Text size="sm">{t('import.report.created')}</Text>
          {report.created.slice(0, linkedClients).map((row) => (
            <Anchor key={row.id} component={Link} to={`/clients/${row.id}`} size="sm">
              {t('import.report.createdLink', { line: row.line, id: row.id })}
            </Anchor>
          ))}
          {report.created.length > linkedClients && (
            <Text size="sm" c="dimmed">
              {t('import.report.andMore', { count: report.created.length - linkedClients })}
            </Text>
          )}
        </Group>
      )}
      {report.errors.length > 0 && (
        <Table.ScrollContainer minWidth={520}>
          <Table verticalSpacing="xs" striped>
            <Table.Caption>{t('import.report.errorsCaption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th ta="right">{t('import.report.line')}</Table.Th>
                <Table.Th>{t('import.report.field')}</Table.Th>
                <Table.Th>{t('import.report.reason')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {report.errors.flatMap((row) =>
                row.reasons.map((reason) => (
                  <Table.Tr key={`${row.line}-${reason.field}-${reason.message}`} data-line={row.line}>
                    <Table.Td ta="right">{row.line}</Table.Td>
                    <Table.Td>{reason.field ?? t('field.none')}</Table.Td>
                    <Table.Td>{reason.message}</Table.Td>
                  </Table.Tr>
                )),
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
