import { Anchor, Badge, Button, Group, List, NumberInput, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { formatYear } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { formatPeriod, programmeStatusColor, programmeStatusLabel } from '../programmes/programme-labels';
import { type PartnerReport, partnerReportFileUrl, type ReportYears, usePartnerReport } from './report.api';
import { ReportToolbar } from './report-toolbar';
import { ReportSection, ReportView } from './report-view';

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

function yearParam(value: string | null): number | undefined {
  const year = Number(value);
  return value && Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR ? year : undefined;
}

/** The menu years, kept in the address (`?from=2014&to=2016`) so that a report can be shared. */
function useReportYears(): [ReportYears, (years: ReportYears) => void] {
  const [params, setParams] = useSearchParams();
  const years = { from: yearParam(params.get('from')), to: yearParam(params.get('to')) };
  const setYears = (next: ReportYears) => {
    const search = new URLSearchParams();
    if (next.from !== undefined) search.set('from', String(next.from));
    if (next.to !== undefined) search.set('to', String(next.to));
    setParams(search, { replace: true });
  };
  return [years, setYears];
}

function YearsFilter({ years, onChange }: { years: ReportYears; onChange: (years: ReportYears) => void }) {
  const { t } = useTranslation();
  const [from, setFrom] = useState<number | string>(years.from ?? '');
  const [to, setTo] = useState<number | string>(years.to ?? '');
  useEffect(() => {
    setFrom(years.from ?? '');
    setTo(years.to ?? '');
  }, [years.from, years.to]);
  const asYear = (value: number | string) => (value === '' ? undefined : Number(value));
  const reversed = asYear(from) !== undefined && asYear(to) !== undefined && asYear(to)! < asYear(from)!;
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!reversed) onChange({ from: asYear(from), to: asYear(to) });
  };
  return (
    <form onSubmit={submit} className="report-no-print" aria-label={t('programmeReport.yearsFilter')}>
      <Group align="flex-end" gap="sm">
        <NumberInput
          label={t('programmeReport.fromYear')}
          value={from}
          onChange={setFrom}
          min={MIN_YEAR}
          max={MAX_YEAR}
          allowDecimal={false}
          thousandSeparator={false}
          w={130}
          data-testid="report-from"
        />
        <NumberInput
          label={t('programmeReport.toYear')}
          value={to}
          onChange={setTo}
          min={MIN_YEAR}
          max={MAX_YEAR}
          allowDecimal={false}
          thousandSeparator={false}
          w={130}
          error={reversed ? t('programmeReport.yearsReversed') : undefined}
          data-testid="report-to"
        />
        <Button type="submit" variant="light" data-testid="report-apply-years">
          {t('programmeReport.applyYears')}
        </Button>
        {(years.from !== undefined || years.to !== undefined) && (
          <Button variant="subtle" onClick={() => onChange({})}>
            {t('programmeReport.allYearsButton')}
          </Button>
        )}
      </Group>
    </form>
  );
}

function yearsLine(t: TFunction, report: PartnerReport): string {
  const locale = currentLocale();
  const year = (y: number) => formatYear(y, locale);
  if (report.from !== null && report.to !== null)
    return t('programmeReport.yearsBetween', { from: year(report.from), to: year(report.to) });
  if (report.from !== null) return t('programmeReport.yearsFrom', { from: year(report.from) });
  if (report.to !== null) return t('programmeReport.yearsTo', { to: year(report.to) });
  return t('programmeReport.yearsAll');
}

function ProgrammesCounted({ report }: { report: PartnerReport }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (report.programmes.length === 0) return <Text c="dimmed">{t('programmeReport.noProgrammes')}</Text>;
  return (
    <List spacing="xs" data-testid="report-programmes">
      {report.programmes.map((p) => (
        <List.Item key={p.id}>
          <Group gap="xs">
            <Anchor component={Link} to={`/programmes/${p.id}/report`}>
              {labelOf(p.title)}
            </Anchor>
            <Text size="sm">{formatPeriod(p.period, locale)}</Text>
            <Badge size="sm" variant="outline" color="dark">
              {t('programmeReport.versionN', { n: p.versionNo })}
            </Badge>
            <Badge size="sm" variant="light" color={programmeStatusColor[p.status]}>
              {programmeStatusLabel(t, p.status)}
            </Badge>
          </Group>
        </List.Item>
      ))}
    </List>
  );
}

/** `/partners/:id/report`: a partner's implementation report over menu years, printable and exportable. */
export function PartnerReportPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const [years, setYears] = useReportYears();
  const query = usePartnerReport(id, years);
  const report = query.data;
  usePageTitle(
    report
      ? t('programmeReport.pageTitle', { name: labelOf(report.partner.name) })
      : t('programmeReport.title'),
  );

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && query.error.status === 404) return <NotFoundPage />;
  if (!report) return <ErrorAlert error={query.error} />;

  return (
    <Stack gap="md" className="report-print-root" data-testid="partner-report">
      <Anchor component={Link} to={`/partners/${report.partner.id}`} size="sm" className="report-no-print">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('programmeReport.backToPartner')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Title order={1}>{t('programmeReport.title')}</Title>
        <Text size="lg" fw={600} data-testid="report-partner">
          {labelOf(report.partner.name)}
        </Text>
        <Text data-testid="report-years">{yearsLine(t, report)}</Text>
      </Stack>
      <YearsFilter years={years} onChange={setYears} />
      {query.error && <ErrorAlert error={query.error} />}
      <ReportToolbar fileUrl={(format) => partnerReportFileUrl(report.partner.id, years, format, locale)} />
      <ReportSection title={t('programmeReport.programmesCounted')} testId="report-programmes-section">
        <ProgrammesCounted report={report} />
      </ReportSection>
      <ReportView report={report} />
    </Stack>
  );
}
