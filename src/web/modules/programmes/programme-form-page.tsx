import { Anchor, Group, Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { ProgrammeForm } from './programme-form';
import { useProgramme, type VersionedProgramme } from './programmes.api';

function useOnSaved() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (saved: VersionedProgramme) => {
    notifications.show({ color: 'green', message: t('programmeForm.saved') });
    navigate(`/programmes/${saved.programme.id}`);
  };
}

/** `/programmes/new`: a new draft. */
export function ProgrammeNewPage() {
  const { t } = useTranslation();
  const onSaved = useOnSaved();
  usePageTitle(t('programmeForm.newTitle'));
  return (
    <Stack gap="md">
      <Anchor component={Link} to="/programmes" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('programmes.backToList')}
        </Group>
      </Anchor>
      <Title order={1}>{t('programmeForm.newTitle')}</Title>
      <ProgrammeForm current={null} onSaved={onSaved} />
    </Stack>
  );
}

/** `/programmes/:id/edit`: a draft or returned version; any other is not editable and not found here. */
export function ProgrammeEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useProgramme(id);
  const onSaved = useOnSaved();
  const [reloads, setReloads] = useState(0);
  const programme = query.data?.programme;
  usePageTitle(programme ? t('programmeForm.editTitleOf', { title: labelOf(programme.title) }) : null);

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!query.data || !programme) return <ErrorAlert error={query.error} />;
  if (!programme.editable) return <NotFoundPage />;

  return (
    <Stack gap="md">
      <Anchor component={Link} to={`/programmes/${programme.id}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('programmeForm.backToProgramme')}
        </Group>
      </Anchor>
      <Title order={1}>{t('programmeForm.editTitleOf', { title: labelOf(programme.title) })}</Title>
      {/* A new key after a reload starts the form again from the latest version. */}
      <ProgrammeForm
        key={`${programme.id}.${reloads}`}
        current={query.data}
        onSaved={onSaved}
        onReload={async () => {
          await query.refetch();
          setReloads((n) => n + 1);
        }}
      />
    </Stack>
  );
}
