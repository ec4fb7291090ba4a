import { Button, Group } from '@mantine/core';
import { IconFileSpreadsheet, IconFileTypeCsv, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { ReportFormat } from './tf-reports.api';

/**
 * The open report as files in the UI language (plain links: the browser downloads them), and the
 * printable page. Hidden in print. The same test ids as the programme report's toolbar.
 */
export function TfReportToolbar({ fileUrl }: { fileUrl: (format: ReportFormat) => string }) {
  const { t } = useTranslation();
  return (
    <Group gap="xs" className="report-no-print" data-testid="report-toolbar">
      <Button
        component="a"
        href={fileUrl('csv')}
        download
        variant="default"
        leftSection={<IconFileTypeCsv size={16} aria-hidden />}
        data-testid="report-csv"
      >
        {t('tfReports.exportCsv')}
      </Button>
      <Button
        component="a"
        href={fileUrl('xlsx')}
        download
        variant="default"
        leftSection={<IconFileSpreadsheet size={16} aria-hidden />}
        data-testid="report-xlsx"
      >
        {t('tfReports.exportXlsx')}
      </Button>
      <Button
        variant="default"
        leftSection={<IconPrinter size={16} aria-hidden />}
        onClick={() => window.print()}
        data-testid="report-print"
      >
        {t('tfReports.print')}
      </Button>
    </Group>
  );
}
