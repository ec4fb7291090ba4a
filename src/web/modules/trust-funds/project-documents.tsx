import {
  ActionIcon,
  Anchor,
  Badge,
  Button,
  FileInput,
  Group,
  List,
  Select,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDownload, IconTrash, IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DocumentCategory, documentCategories } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { formatDateTime } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { labelOf } from '../../ui/translated-text';
import { ConfirmModal } from '../nominations/confirm-modal';
import { documentAccept, documentUrl, useDeleteDocument, useUploadDocument } from './project-documents.api';
import { documentCategoryLabel } from './tf-labels';
import { fileSize } from './tf-ui';
import type { Project, ProjectDocument } from './trust-funds.api';

/** The project's documents, each a download link; a writer may remove one, after a confirmation. */
function DocumentList({ project, canWrite }: { project: Project; canWrite: boolean }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const remove = useDeleteDocument(project.id);
  const [deleting, setDeleting] = useState<ProjectDocument | null>(null);
  const close = () => {
    setDeleting(null);
    remove.reset();
  };
  if (project.documents.length === 0) return <Text c="dimmed">{t('trustFunds.noDocuments')}</Text>;
  return (
    <>
      <List spacing="xs" listStyleType="none" data-testid="project-documents">
        {project.documents.map((document) => {
          const name = labelOf(document.title) || document.fileName;
          return (
            <List.Item key={document.id} data-testid="project-document">
              <Group gap="xs" wrap="wrap">
                <Anchor
                  href={documentUrl(project.id, document.id)}
                  download={document.fileName}
                  fw={600}
                  size="sm"
                  aria-label={t('trustFunds.documentsUi.downloadLabel', { name })}
                  data-testid="document-download"
                >
                  <Group gap={4} component="span" wrap="nowrap">
                    <IconDownload size={14} aria-hidden />
                    {name}
                  </Group>
                </Anchor>
                <Badge size="sm" variant="light" color="gray">
                  {documentCategoryLabel(t, document.category)}
                </Badge>
                <Text size="sm" c="dimmed">
                  {document.fileName} · {fileSize(t, document.size, locale)} ·{' '}
                  {formatDateTime(document.createdAt, locale)}
                </Text>
                {canWrite && (
                  <ActionIcon
                    variant="subtle"
                    color="red"
                    onClick={() => setDeleting(document)}
                    aria-label={t('trustFunds.documentsUi.deleteLabel', { name })}
                    data-testid="document-delete"
                  >
                    <IconTrash size={16} aria-hidden />
                  </ActionIcon>
                )}
              </Group>
            </List.Item>
          );
        })}
      </List>
      {canWrite && (
        <ConfirmModal
          opened={deleting !== null}
          title={t('trustFunds.documentsUi.deleteTitle')}
          confirmLabel={t('trustFunds.documentsUi.deleteConfirm')}
          pending={remove.isPending}
          error={remove.error}
          onClose={close}
          onConfirm={() =>
            deleting &&
            remove.mutate(deleting, {
              onSuccess: () => {
                notifications.show({
                  color: 'green',
                  message: t('trustFunds.documentsUi.deleted'),
                });
                close();
              },
            })
          }
        >
          {deleting &&
            t('trustFunds.documentsUi.deleteBody', {
              name: labelOf(deleting.title) || deleting.fileName,
              file: deleting.fileName,
            })}
        </ConfirmModal>
      )}
    </>
  );
}

/** Choose a file, say what it is, and send it. */
function DocumentUpload({ projectId }: { projectId: string }) {
  const { t } = useTranslation();
  const upload = useUploadDocument();
  const [file, setFile] = useState<File | null>(null);
  const [category, setCategory] = useState<DocumentCategory>('report');
  const [title, setTitle] = useState({ en: '', fr: '' });

  const send = () => {
    if (!file) return;
    upload.mutate(
      { projectId, file, category, title },
      {
        onSuccess: (document) => {
          notifications.show({
            color: 'green',
            message: t('trustFunds.documentsUi.uploaded', { name: document.fileName }),
          });
          setFile(null);
          setTitle({ en: '', fr: '' });
        },
      },
    );
  };

  return (
    <Stack gap="xs" mt="md" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
      <Text component="legend" fw={600} size="sm" mb="xs">
        {t('trustFunds.documentsUi.addTitle')}
      </Text>
      <ErrorAlert error={upload.error} />
      <Group align="flex-end" gap="sm" wrap="wrap">
        <FileInput
          label={t('trustFunds.documentsUi.file')}
          description={t('trustFunds.documentsUi.fileHint')}
          accept={documentAccept}
          value={file}
          onChange={setFile}
          clearable
          w={{ base: '100%', sm: 300 }}
          data-testid="document-file"
        />
        <Select
          label={t('trustFunds.documentsUi.category')}
          data={documentCategories.map((c) => ({ value: c, label: documentCategoryLabel(t, c) }))}
          value={category}
          onChange={(value) => value && setCategory(value as DocumentCategory)}
          allowDeselect={false}
          w={{ base: '100%', sm: 200 }}
          data-testid="document-category"
        />
      </Group>
      <Group align="flex-end" gap="sm" wrap="wrap">
        <TextInput
          label={t('trustFunds.documentsUi.titleEn')}
          value={title.en}
          onChange={(event) => setTitle({ ...title, en: event.currentTarget.value })}
          maxLength={300}
          w={{ base: '100%', sm: 300 }}
          data-testid="document-title-en"
        />
        <TextInput
          label={t('trustFunds.documentsUi.titleFr')}
          value={title.fr}
          onChange={(event) => setTitle({ ...title, fr: event.currentTarget.value })}
          maxLength={300}
          w={{ base: '100%', sm: 300 }}
          lang="fr"
          data-testid="document-title-fr"
        />
        <Button
          leftSection={<IconUpload size={16} aria-hidden />}
          disabled={!file}
          loading={upload.isPending}
          onClick={send}
          data-testid="document-upload"
        >
          {t('trustFunds.documentsUi.upload')}
        </Button>
      </Group>
    </Stack>
  );
}

/** The documents section's content: the list for every reader, the upload form for writers. */
export function ProjectDocuments({ project, canWrite }: { project: Project; canWrite: boolean }) {
  return (
    <>
      <DocumentList project={project} canWrite={canWrite} />
      {canWrite && <DocumentUpload projectId={project.id} />}
    </>
  );
}
