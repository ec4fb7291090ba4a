import { Anchor, Button, FileInput, Group, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatDateTime, formatNumber } from '../../lib/format';
import { AppModal } from '../../ui/app-modal';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { personLabel } from './nomination-labels';
import {
  type Nomination,
  type Report,
  reportAccept,
  reportUrl,
  useNomination,
  useUploadReport,
} from './nominations.api';

/** A size in kB, as people read file sizes. */
const kilobytes = (size: number) => formatNumber(Math.max(1, Math.round(size / 1024)), currentLocale());

/** The participant's feedback reports, each a download link. */
export function ReportTable({ nominationId, reports }: { nominationId: string; reports: Report[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (reports.length === 0) return <Text c="dimmed">{t('nominations.reports.empty')}</Text>;
  return (
    <Table data-testid="report-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th>{t('nominations.reports.file')}</Table.Th>
          <Table.Th>{t('nominations.reports.size')}</Table.Th>
          <Table.Th>{t('nominations.reports.added')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {reports.map((report) => (
          <Table.Tr key={report.id} data-testid="report-row">
            <Table.Td>
              <Anchor href={reportUrl(nominationId, report.id)} download={report.fileName}>
                <Group gap={4} component="span" wrap="nowrap">
                  <IconDownload size={14} aria-hidden />
                  {report.fileName}
                </Group>
              </Anchor>
            </Table.Td>
            <Table.Td>{t('nominations.reports.kilobytes', { size: kilobytes(report.size) })}</Table.Td>
            <Table.Td>{formatDateTime(report.createdAt, locale)}</Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Choose a file and send it (PDF, DOCX, ODT or plain text, 5 MiB at most). */
export function ReportUpload({ nominationId }: { nominationId: string }) {
  const { t } = useTranslation();
  const upload = useUploadReport();
  const [file, setFile] = useState<File | null>(null);
  return (
    <Stack gap="xs">
      <ErrorAlert error={upload.error} />
      <Group align="flex-end" gap="sm">
        <FileInput
          label={t('nominations.reports.choose')}
          description={t('nominations.reports.hint')}
          accept={reportAccept}
          value={file}
          onChange={setFile}
          clearable
          w={320}
          data-testid="report-file"
        />
        <Button
          leftSection={<IconUpload size={16} aria-hidden />}
          disabled={!file}
          loading={upload.isPending}
          onClick={() =>
            file &&
            upload.mutate(
              { nominationId, file },
              {
                onSuccess: (report) => {
                  notifications.show({
                    color: 'green',
                    message: t('nominations.reports.uploaded', { name: report.fileName }),
                  });
                  setFile(null);
                },
              },
            )
          }
        >
          {t('nominations.reports.upload')}
        </Button>
      </Group>
    </Stack>
  );
}

/** A participant's reports in a dialog, from an iteration's list. */
export function ReportsModal({
  nomination,
  canUpload,
  onClose,
}: {
  nomination: Nomination | null;
  canUpload: boolean;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const detail = useNomination(nomination?.id ?? '', nomination !== null);
  if (!nomination) return null;
  return (
    <AppModal
      opened
      onClose={onClose}
      size="lg"
      title={t('nominations.reports.titleNamed', { name: personLabel(t, nomination) })}
    >
      <Stack gap="md">
        <ErrorAlert error={detail.error} />
        {detail.isPending ? (
          <LoadingState />
        ) : detail.data ? (
          <ReportTable nominationId={nomination.id} reports={detail.data.reports} />
        ) : null}
        {canUpload && <ReportUpload nominationId={nomination.id} />}
      </Stack>
    </AppModal>
  );
}
