import {
  Alert,
  Button,
  FileInput,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { ErrorState } from '@smartcrm/ui';
import { IconFileTypeCsv, IconPlayerPlay, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { ClientImportField, ClientImportReport } from '../api/client-types';
import { useImportClients, useImportFields } from '../api/useClientFiles';
import { useClientProblemMessages } from '../hooks/useClientProblemMessages';
import { guessImportTarget, importFieldLabelKey, importMapping, readCsvRecords } from '../utils/csv-import';
import { ImportReportView } from './ImportReportView';

type LoadedFile = { name: string; csv: string; headers: string[]; sample: string[] };

// Only the header and the first row are read here, for the mapping; the server reads the rest.
const previewRecords = 2;

/** Upload a CSV file, say which column is which field, check it with a dry run, then import it. */
export function ImportWizard() {
  const { t } = useI18n();
  const messages = useClientProblemMessages();
  // What the server can import, custom fields included: the mapping offers exactly these.
  const importFields = useImportFields();
  const fields = importFields.data ?? [];
  const importClients = useImportClients();
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<LoadedFile | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [choices, setChoices] = useState<Record<string, string | null>>({});
  const [report, setReport] = useState<ClientImportReport | null>(null);
  const { mapping, problems } = importMapping(choices, fields);

  const choose = async (next: File | null) => {
    setFile(next);
    setLoaded(null);
    setReport(null);
    setUnreadable(false);
    importClients.reset();
    if (!next) return;
    const csv = await next.text();
    const [headers = [], sample = []] = readCsvRecords(csv, previewRecords);
    if (headers.length === 0) {
      setUnreadable(true);
      return;
    }
    setLoaded({ name: next.name, csv, headers, sample });
    setChoices(Object.fromEntries(headers.map((header) => [header, guessImportTarget(header, fields)])));
  };

  const run = (dryRun: boolean) => {
    if (!loaded || problems.length > 0) return;
    setReport(null);
    importClients.mutate({ csv: loaded.csv, mapping, dryRun }, { onSuccess: setReport });
  };

  const labelOf = (field: ClientImportField) => {
    const known = importFieldLabelKey(field.key);
    if (known) return t(known);
    return field.key.startsWith('custom.')
      ? t('import.mapping.customField', { label: field.label })
      : field.label;
  };
  const targetOptions = [
    { value: '', label: t('import.mapping.ignore') },
    ...fields.map((field) => ({ value: field.key, label: labelOf(field) })),
  ];
  const targetLabel = (target: string) =>
    targetOptions.find((option) => option.value === target)?.label ?? target;
  const allowedValues = (target: string | null | undefined) =>
    fields.find((field) => field.key === target)?.values ?? null;

  return (
    <Stack gap="md">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('import.step.file')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('import.fileHint')}
          </Text>
          {importFields.isError && (
            <ErrorState error={importFields.error} onRetry={() => importFields.refetch()} />
          )}
          <FileInput
            label={t('import.file')}
            placeholder={t('import.filePlaceholder')}
            accept=".csv,text/csv"
            value={file}
            // The columns are matched to the server's fields when the file is read, so those come first.
            disabled={!importFields.data}
            onChange={(next) => void choose(next)}
            leftSection={<IconFileTypeCsv size={16} aria-hidden />}
            clearable
            maw={420}
          />
          {unreadable && (
            <Alert color="red" variant="light" role="alert">
              {t('import.error.emptyCsv')}
            </Alert>
          )}
        </Stack>
      </Paper>

      {loaded && (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('import.step.mapping')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('import.mapping.hint')}
            </Text>
            <Table.ScrollContainer minWidth={560}>
              <Table verticalSpacing="xs">
                <Table.Caption>{t('import.mapping.caption', { name: loaded.name })}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>{t('import.mapping.column')}</Table.Th>
                    <Table.Th>{t('import.mapping.sample')}</Table.Th>
                    <Table.Th>{t('import.mapping.field')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {loaded.headers.map((header, index) => (
                    <Table.Tr key={header}>
                      <Table.Td fw={600}>{header}</Table.Td>
                      <Table.Td>
                        <Text size="sm" c="dimmed" lineClamp={1}>
                          {loaded.sample[index] ?? ''}
                        </Text>
                      </Table.Td>
                      <Table.Td>
                        <NativeSelect
                          aria-label={t('import.mapping.fieldFor', { column: header })}
                          data={targetOptions}
                          value={choices[header] ?? ''}
                          onChange={(event) => {
                            const value = event.currentTarget.value || null;
                            setChoices((current) => ({ ...current, [header]: value }));
                            setReport(null);
                          }}
                          w={260}
                        />
                        {allowedValues(choices[header]) && (
                          <Text size="xs" c="dimmed" mt={4} maw={260}>
                            {t('import.mapping.allowedValues', {
                              values: allowedValues(choices[header])?.join(', ') ?? '',
                            })}
                          </Text>
                        )}
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            {problems.length > 0 && (
              <Alert color="yellow" variant="light" role="alert" title={t('import.mapping.problemsTitle')}>
                <List size="sm">
                  {problems.map((problem) => (
                    <List.Item key={`${problem.kind}:${problem.target}`}>
                      {problem.kind === 'requiredMissing'
                        ? t('import.mapping.requiredMissing', { field: targetLabel(problem.target) })
                        : t('import.mapping.duplicate', { field: targetLabel(problem.target) })}
                    </List.Item>
                  ))}
                </List>
              </Alert>
            )}
            <Group gap="sm" justify="flex-end">
              <Button
                variant="default"
                leftSection={<IconPlayerPlay size={16} aria-hidden />}
                disabled={problems.length > 0}
                loading={importClients.isPending && importClients.variables?.dryRun === true}
                onClick={() => run(true)}
              >
                {t('import.dryRun')}
              </Button>
              <Button
                leftSection={<IconUpload size={16} aria-hidden />}
                disabled={
                  problems.length > 0 || (importClients.isPending && importClients.variables?.dryRun === true)
                }
                loading={importClients.isPending && importClients.variables?.dryRun === false}
                onClick={() => run(false)}
              >
                {report?.dryRun ? t('import.runGood', { count: report.imported }) : t('import.run')}
              </Button>
            </Group>
            {importClients.isPending && (
              <Text size="sm" role="status" aria-live="polite">
                {importClients.variables?.dryRun ? t('import.checking') : t('import.importing')}
              </Text>
            )}
          </Stack>
        </Paper>
      )}

      {importClients.isError && (
        <ProblemAlert error={importClients.error} title={t('import.failed')} messages={messages} />
      )}
      {report && (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('import.step.report')}
            </Title>
            <ImportReportView report={report} />
          </Stack>
        </Paper>
      )}
    </Stack>
  );
}
