import {
  Alert,
  Anchor,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { IconChecks, IconDownload, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { CheckThenImport } from '../../ui/check-then-import';
import { ErrorAlert } from '../../ui/error-alert';
import { usePageTitle } from '../../ui/use-page-title';
import {
  type ImportProblem,
  type ImportResult,
  importProblems,
  importTemplateUrl,
  type UploadPhase,
  useImportMenu,
} from './menu-write.api';

const accept = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function ProblemTable({ problems }: { problems: ImportProblem[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={560} mah={480}>
      <Table striped stickyHeader verticalSpacing="xs" aria-label={t('import.problemsTable')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('import.row')}</Table.Th>
            <Table.Th w={200}>{t('import.column')}</Table.Th>
            <Table.Th>{t('import.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p) => (
            <Table.Tr key={`${p.row}|${p.column}|${p.code}`} data-testid="import-problem">
              <Table.Td>{p.row}</Table.Td>
              <Table.Td>
                <Text size="sm" ff={p.column ? 'monospace' : undefined} c={p.column ? undefined : 'dimmed'}>
                  {p.column || t('import.wholeRow')}
                </Text>
              </Table.Td>
              <Table.Td>{p.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function Summary({ result, dryRun }: { result: ImportResult; dryRun: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const counts = {
    rows: formatNumber(result.rows, locale),
    activities: formatNumber(result.activities, locale),
    iterations: formatNumber(result.iterations, locale),
    count: result.activities,
  };
  return (
    <Alert
      color={dryRun ? 'blue' : 'green'}
      role="status"
      icon={<IconChecks aria-hidden />}
      title={t(dryRun ? 'import.readyTitle' : 'import.doneTitle')}
      data-testid={dryRun ? 'import-ready' : 'import-done'}
    >
      <Stack gap="xs">
        <Text size="sm">{t(dryRun ? 'import.readyBody' : 'import.doneBody', counts)}</Text>
        {!dryRun && (
          <Anchor component={Link} to="/menu" size="sm">
            {t('import.openMenu')}
          </Anchor>
        )}
      </Stack>
    </Alert>
  );
}

/** Upload a CSV or XLSX file of activities: a dry run that lists every problem, then the import itself. */
export function ImportPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  usePageTitle(t('import.title'));
  const [file, setFile] = useState<File | null>(null);
  const [progress, setProgress] = useState<{ phase: UploadPhase; fraction: number } | null>(null);
  // The dry run that let the import go ahead, for the file chosen now.
  const [checked, setChecked] = useState<{ file: File; result: ImportResult } | null>(null);
  const upload = useImportMenu((phase, fraction) => setProgress({ phase, fraction }));
  const dryRun = upload.variables?.dryRun ?? true;
  const problems = importProblems(upload.data, upload.error);
  const problemCount = upload.data?.errorCount ?? problems.length;
  const ready = checked !== null && checked.file === file;

  const run = (asDryRun: boolean) => {
    if (!file) return;
    upload.mutate(
      { file, dryRun: asDryRun },
      {
        // Only a clean dry run lets the import go ahead.
        onSuccess: (result) => setChecked(asDryRun && result.errorCount === 0 ? { file, result } : null),
        onError: () => setChecked(null),
        onSettled: () => setProgress(null),
      },
    );
  };

  const rows = checked?.result.rows ?? 0;
  const percent = Math.round((progress?.fraction ?? 0) * 100);

  return (
    <Stack gap="md" maw={960}>
      <Title order={1}>{t('import.title')}</Title>
      <Text>{t('import.intro')}</Text>

      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('import.templateTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('import.templateHint')}
          </Text>
          <Group gap="sm">
            {(['xlsx', 'csv'] as const).map((format) => (
              <Button
                key={format}
                component="a"
                href={importTemplateUrl(format, locale)}
                download
                variant="light"
                leftSection={<IconDownload size={16} aria-hidden />}
              >
                {t(`import.template.${format}`)}
              </Button>
            ))}
          </Group>
        </Stack>
      </Paper>

      <Paper withBorder p="md">
        <Stack gap="sm">
          <Title order={2} size="h4">
            {t('import.uploadTitle')}
          </Title>
          <FileInput
            label={t('import.file')}
            description={t('import.fileHint')}
            placeholder={t('import.choose')}
            // Rendered as text, not as an input's ::placeholder: it must meet text contrast (WCAG 1.4.3).
            styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
            accept={accept}
            clearable
            value={file}
            onChange={(next) => {
              setFile(next);
              upload.reset();
            }}
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            disabled={upload.isPending}
            data-testid="import-file"
          />
          <CheckThenImport
            ready={ready}
            canCheck={!!file}
            pending={upload.isPending}
            checking={dryRun}
            hint={!ready && file && upload.isIdle ? t('import.dryRunFirst') : null}
            onRun={run}
            labels={{
              check: t('import.dryRun'),
              run: ready ? t('import.commit', { count: checked.result.activities }) : t('import.commitPlain'),
            }}
            testIds={{ run: 'import-commit' }}
          />

          {progress && (
            <Stack gap={4} data-testid="import-progress">
              {progress.phase === 'uploading' ? (
                <>
                  <Text size="sm" id="import-progress-label">
                    {t('import.uploading', { percent })}
                  </Text>
                  <Progress
                    value={percent}
                    aria-labelledby="import-progress-label"
                    transitionDuration={150}
                  />
                </>
              ) : (
                <>
                  <Text size="sm" id="import-progress-label" aria-live="polite">
                    {dryRun
                      ? t('import.checking')
                      : t('import.importing', { count: rows, formatted: formatNumber(rows, locale) })}
                  </Text>
                  <Progress value={100} striped animated aria-labelledby="import-progress-label" />
                </>
              )}
            </Stack>
          )}
        </Stack>
      </Paper>

      <div aria-live="polite">
        {problems.length > 0 && (
          <Stack gap="sm" data-testid="import-problems">
            <Alert color="red" role="alert" title={t('import.problemsTitle', { count: problemCount })}>
              {t(dryRun ? 'import.problemsBody' : 'import.problemsBodyCommit')}
              {problemCount > problems.length && (
                <Text size="sm" mt={4}>
                  {t('import.firstProblems', { shown: problems.length, count: problemCount })}
                </Text>
              )}
            </Alert>
            <ProblemTable problems={problems} />
          </Stack>
        )}
        {upload.error && problems.length === 0 && <ErrorAlert error={upload.error} />}
        {upload.data && problems.length === 0 && <Summary result={upload.data} dryRun={dryRun} />}
      </div>
    </Stack>
  );
}
