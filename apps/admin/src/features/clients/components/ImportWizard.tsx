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
import { IconFileTypeCsv, IconPlayerPlay, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useI18n } from '../../../i18n/useI18n';
import { ProblemAlert } from '../../../ui/ProblemAlert';
import type { ClientImportReport } from '../api/client-types';
import { useImportClients } from '../api/useClientFiles';
import { useCustomFields } from '../api/useCustomFields';
import { useClientProblemMessages } from '../hooks/useClientProblemMessages';
import { guessImportTarget, importFields, importMapping, readCsvRecords } from '../utils/csv-import';
import { ImportReportView } from './ImportReportView';

type LoadedFile = { name: string; csv: string; headers: string[]; sample: string[] };

// Only the header and the first row are read here, for the mapping; the server reads the rest.
const previewRecords = 2;

/** Upload a CSV file, say which column is which field, check it with a dry run, then import it. */
export function ImportWizard() {
  const { t } = useI18n();
  const messages = useClientProblemMessages();
  const definitions = useCustomFields().data ?? [];
  const customKeys = definitions.map((definition) => definition.key);
  const importClients = useImportClients();
  const [file, setFile] = useState<File | null>(null);
  const [loaded, setLoaded] = useState<LoadedFile | null>(null);
  const [unreadable, setUnreadable] = useState(false);
  const [choices, setChoices] = useState<Record<string, string | null>>({});
  const [report, setReport] = useState<ClientImportReport | null>(null);
  const { mapping, problems } = importMapping(choices);

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
    setChoices(Object.fromEntries(headers.map((header) => [header, guessImportTarget(header, customKeys)])));
  };

  const run = (dryRun: boolean) => {
    if (!loaded || problems.length > 0) return;
    setReport(null);
    importClients.mutate({ csv: loaded.csv, mapping, dryRun }, { onSuccess: setReport });
  };

  const targetOptions = [
    { value: '', label: t('import.mapping.ignore') },
    ...importFields.map((field) => ({ value: field, label: t(`import.field.${field}`) })),
    ...definitions.map((definition) => ({
      value: `custom.${definition.key}`,
      label: t('import.mapping.customField', { label: definition.label }),
    })),
  ];

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
          <FileInput
            label={t('import.file')}
            placeholder={t('import.filePlaceholder')}
            accept=".csv,text/csv"
            value={file}
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
                    <List.Item key={problem.kind === 'duplicateTarget' ? problem.target : problem.kind}>
                      {problem.kind === 'companyNameMissing'
                        ? t('import.mapping.companyNameMissing')
                        : t('import.mapping.duplicate', {
                            field:
                              targetOptions.find((option) => option.value === problem.target)?.label ??
                              problem.target,
                          })}
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
