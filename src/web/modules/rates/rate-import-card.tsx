import { Alert, FileInput, Group, Paper, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { IconChecks, IconFileSpreadsheet } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatCalendarDate, formatNumber } from '../../lib/format';
import { CheckThenImport } from '../../ui/check-then-import';
import { ErrorAlert } from '../../ui/error-alert';
import { type RateProblem, rateProblemCount, rateProblems } from './rate-problems';
import { type RateImportSummary, useImportRates } from './rates.api';

function ProblemTable({ problems, total }: { problems: RateProblem[]; total: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={520} mah={420}>
      <Table striped stickyHeader verticalSpacing="xs" data-testid="rate-problems">
        <Table.Caption>
          {total > problems.length
            ? t('rates.problemsCaptionFirst', {
                shown: formatNumber(problems.length, locale),
                total: formatNumber(total, locale),
              })
            : t('rates.problemsCaption')}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>{t('rates.line')}</Table.Th>
            <Table.Th w={140}>{t('rates.column')}</Table.Th>
            <Table.Th>{t('rates.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p) => (
            <Table.Tr key={`${p.line}|${p.column}|${p.message}`} data-testid="rate-problem">
              <Table.Td>{p.line ?? '—'}</Table.Td>
              <Table.Td>
                <Text size="sm" ff={p.column ? 'monospace' : undefined} c={p.column ? undefined : 'dimmed'}>
                  {p.column || t('rates.wholeLine')}
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

/** What the file holds: its rows, currencies and first and last dates, checked or imported. */
function Summary({ summary }: { summary: RateImportSummary }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const values = {
    rows: formatNumber(summary.rows, locale),
    count: summary.rows,
    currencies: summary.currencies.join(', '),
    first: formatCalendarDate(summary.firstDate, locale),
    last: formatCalendarDate(summary.lastDate, locale),
    source: summary.source,
  };
  return (
    <Alert
      color={summary.dryRun ? 'blue' : 'green'}
      role="status"
      icon={<IconChecks aria-hidden />}
      title={t(summary.dryRun ? 'rates.checkedTitle' : 'rates.importedTitle')}
      data-testid={summary.dryRun ? 'rates-checked' : 'rates-imported'}
    >
      <Stack gap={4}>
        <Text size="sm">{t(summary.dryRun ? 'rates.checkedBody' : 'rates.importedBody', values)}</Text>
        <Text size="sm">{t('rates.summaryCurrencies', values)}</Text>
        <Text size="sm">{t('rates.summaryPeriod', values)}</Text>
      </Stack>
    </Alert>
  );
}

/** Check a CSV rate file (a dry run that lists every problem by line), then import it. */
export function RateImportCard({ baseCurrency }: { baseCurrency: string }) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [source, setSource] = useState('ECB');
  // The clean dry run that lets the import go ahead, for the file and source chosen now.
  const [checked, setChecked] = useState<{ file: File; source: string } | null>(null);
  const upload = useImportRates();
  const ready = checked !== null && checked.file === file && checked.source === source;
  const problems = rateProblems(upload.error);
  const dryRun = upload.variables?.dryRun ?? true;

  const run = (asDryRun: boolean) => {
    if (!file) return;
    upload.mutate(
      { file, source, dryRun: asDryRun },
      {
        onSuccess: () => setChecked(asDryRun ? { file, source } : null),
        onError: () => setChecked(null),
      },
    );
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="rates-import-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="rates-import-title">
          {t('rates.importTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('rates.importHint', { base: baseCurrency })}
        </Text>
        <Group align="flex-end" gap="sm">
          <FileInput
            label={t('rates.file')}
            placeholder={t('rates.choose')}
            styles={{ placeholder: { color: 'var(--mantine-color-dimmed)' } }}
            accept=".csv,text/csv,text/plain"
            clearable
            value={file}
            onChange={(next) => {
              setFile(next);
              upload.reset();
            }}
            leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
            disabled={upload.isPending}
            miw={280}
            data-testid="rates-file"
          />
          <TextInput
            label={t('rates.source')}
            description={t('rates.sourceHint')}
            value={source}
            onChange={(event) => {
              setSource(event.currentTarget.value);
              upload.reset();
            }}
            maxLength={100}
            w={200}
            data-testid="rates-source"
          />
        </Group>
        <CheckThenImport
          ready={ready}
          canCheck={!!file && !!source.trim()}
          pending={upload.isPending}
          checking={dryRun}
          hint={file && !ready && upload.isIdle ? t('rates.checkFirst') : null}
          onRun={run}
          labels={{ check: t('rates.check'), run: t('rates.import') }}
          testIds={{ check: 'rates-check', run: 'rates-import' }}
        />
        {upload.data && <Summary summary={upload.data} />}
        {upload.error !== null && (
          <ErrorAlert error={upload.error}>
            {problems.length > 0 && (
              <Stack gap="xs" mt="sm">
                <ProblemTable problems={problems} total={rateProblemCount(upload.error)} />
              </Stack>
            )}
          </ErrorAlert>
        )}
      </Stack>
    </Paper>
  );
}
