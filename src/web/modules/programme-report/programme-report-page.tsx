import { Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { formatPeriod, programmeStatusColor, programmeStatusLabel } from '../programmes/programme-labels';
import { programmeReportFileUrl, useProgrammeReport } from './report.api';
import { ReportToolbar } from './report-toolbar';
import { ReportView } from './report-view';

/** `/programmes/:id/report`: one version's implementation report, printable and exportable. */
export function ProgrammeReportPage() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const { id = '' } = useParams();
  const query = useProgrammeReport(id);
  const report = query.data;
  usePageTitle(
    report
      ? t('programmeReport.pageTitle', { name: labelOf(report.programme.title) })
      : t('programmeReport.title'),
  );

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!report) return <ErrorAlert error={query.error} />;
  const { programme, partner } = report;

  return (
    <Stack gap="md" className="report-print-root" data-testid="programme-report">
      <Anchor component={Link} to={`/programmes/${programme.id}`} size="sm" className="report-no-print">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('programmeReport.backToProgramme')}
        </Group>
      </Anchor>
      <Stack gap={4}>
        <Anchor component={Link} to={`/partners/${partner.id}/report`} fw={600} data-testid="report-partner">
          {labelOf(partner.name)}
        </Anchor>
        <Title order={1}>{t('programmeReport.title')}</Title>
        <Text size="lg" fw={600} data-testid="report-programme-title">
          {labelOf(programme.title)}
        </Text>
        <Group gap="sm">
          <Text>{formatPeriod(programme.period, locale)}</Text>
          <Badge variant="outline" color="dark">
            {t('programmeReport.versionN', { n: programme.versionNo })}
          </Badge>
          <Badge variant="light" color={programmeStatusColor[programme.status]}>
            {programmeStatusLabel(t, programme.status)}
          </Badge>
        </Group>
      </Stack>
      <ReportToolbar fileUrl={(format) => programmeReportFileUrl(programme.id, format, locale)} />
      <ReportView report={report} />
    </Stack>
  );
}
