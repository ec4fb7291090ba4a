import { Alert, FileInput, List, Stack, Table, Text, Title } from '@mantine/core';
import { IconChecks, IconFileCode } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { CheckThenImport } from '../../ui/check-then-import';
import { ErrorAlert } from '../../ui/error-alert';
import { usePageTitle } from '../../ui/use-page-title';
import { type IatiImportSummary, iatiProblems, useImportIati } from './iati-import.api';
import { BackLink, Section } from './tf-ui';

function Problems({ problems }: { problems: { path: string; message: string }[] }) {
  const { t } = useTranslation();
  return (
    <Table.ScrollContainer minWidth={520} mah={420}>
      <Table striped stickyHeader verticalSpacing="xs" data-testid="iati-problems">
        <Table.Caption>{t('iatiImport.problemsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('iatiImport.place')}</Table.Th>
            <Table.Th>{t('iatiImport.problem')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {problems.map((p) => (
            <Table.Tr key={`${p.path}|${p.message}`} data-testid="iati-problem">
              <Table.Td>
                <Text size="sm" ff="monospace">
                  {p.path}
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

/** What the file does (or did): funds, projects and phases created, updated or unchanged; money added. */
function Summary({ summary }: { summary: IatiImportSummary }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const n = (value: number) => formatNumber(value, locale);
  const tally = (key: 'funds' | 'projects' | 'phases') => ({
    created: n(summary[key].created),
    updated: n(summary[key].updated),
    unchanged: n(summary[key].unchanged),
  });
  return (
    <Alert
      color={summary.dryRun ? 'blue' : 'green'}
      role="status"
      icon={<IconChecks aria-hidden />}
      title={t(summary.dryRun ? 'iatiImport.checkedTitle' : 'iatiImport.importedTitle')}
      data-testid={summary.dryRun ? 'iati-checked' : 'iati-imported'}
    >
      <Stack gap={4}>
        <Text size="sm">
          {t('iatiImport.activities', { count: summary.activities, formatted: n(summary.activities) })}
        </Text>
        <List size="sm">
          <List.Item>{t('iatiImport.funds', tally('funds'))}</List.Item>
          <List.Item>{t('iatiImport.projects', tally('projects'))}</List.Item>
          <List.Item>{t('iatiImport.phases', tally('phases'))}</List.Item>
          <List.Item>{t('iatiImport.organisations', { created: n(summary.organisationsCreated) })}</List.Item>
          <List.Item>
            {t('iatiImport.transactions', {
              added: n(summary.transactions.added),
              skipped: n(summary.transactions.skipped),
            })}
          </List.Item>
        </List>
        {summary.warnings.length > 0 && (
          <>
            <Text size="sm" fw={600}>
              {t('iatiImport.warnings')}
            </Text>
            <List size="sm" data-testid="iati-warnings">
              {summary.warnings.map((w) => (
                <List.Item key={`${w.path}|${w.code}`}>
                  <Text span size="sm" ff="monospace">
                    {w.path}
                  </Text>
                  {` — ${w.message}`}
                </List.Item>
              ))}
            </List>
          </>
        )}
      </Stack>
    </Alert>
  );
}

/** `/trust-funds/iati-import`: check an IATI activity file (a dry run listing every problem), then import it. */
export function IatiImportPage() {
  const { t } = useTranslation();
  usePageTitle(t('iatiImport.title'));
  const [file, setFile] = useState<File | null>(null);
  // The clean dry run that lets the import go ahead, for the file chosen now.
  const [checked, setChecked] = useState<File | null>(null);
  const upload = useImportIati();
  const ready = checked !== null && checked === file;
  const problems = iatiProblems(upload.error);
  const dryRun = upload.variables?.dryRun ?? true;

  const run = (asDryRun: boolean) => {
    if (!file) return;
    upload.mutate(
      { file, dryRun: asDryRun },
      {
        onSuccess: () => setChecked(asDryRun ? file : null),
        onError: () => setChecked(null),
      },
    );
  };

  return (
    <Stack gap="md">
      <BackLink to="/trust-funds">{t('trustFunds.backToList')}</BackLink>
      <div>
        <Title order={1}>{t('iatiImport.title')}</Title>
        <Text c="dimmed">{t('iatiImport.intro')}</Text>
      </div>
      <Section title={t('iatiImport.fileTitle')} testId="iati-import">
        <Stack gap="sm">
          <FileInput
            label={t('iatiImport.file')}
            placeholder={t('iatiImport.choose')}
            accept=".xml,application/xml,text/xml"
            clearable
            value={file}
            onChange={(next) => {
              setFile(next);
              upload.reset();
            }}
            leftSection={<IconFileCode size={16} aria-hidden />}
            disabled={upload.isPending}
            maw={420}
            data-testid="iati-file"
          />
          <CheckThenImport
            ready={ready}
            canCheck={!!file}
            pending={upload.isPending}
            checking={dryRun}
            hint={file && !ready && upload.isIdle ? t('iatiImport.checkFirst') : null}
            onRun={run}
            labels={{ check: t('iatiImport.check'), run: t('iatiImport.import') }}
            testIds={{ check: 'iati-check', run: 'iati-run' }}
          />
          {upload.data && <Summary summary={upload.data} />}
          {upload.error !== null && (
            <ErrorAlert error={upload.error}>
              {problems.length > 0 && <Problems problems={problems} />}
            </ErrorAlert>
          )}
        </Stack>
      </Section>
    </Stack>
  );
}
