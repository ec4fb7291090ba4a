import { Stack, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../lib/api-client';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { PartnerForm } from './partner-form';
import { usePartner, type VersionedPartner } from './partners.api';

function useOnSaved() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (saved: VersionedPartner) => {
    notifications.show({ color: 'green', message: t('partnerForm.saved') });
    navigate(`/partners/${saved.partner.id}`);
  };
}

export function PartnerNewPage() {
  const { t } = useTranslation();
  const onSaved = useOnSaved();
  usePageTitle(t('partnerForm.newTitle'));
  return (
    <Stack gap="md">
      <Title order={1}>{t('partnerForm.newTitle')}</Title>
      <PartnerForm current={null} onSaved={onSaved} />
    </Stack>
  );
}

export function PartnerEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = usePartner(id);
  const onSaved = useOnSaved();
  const [reloads, setReloads] = useState(0);
  const partner = query.data?.partner;
  usePageTitle(
    partner ? t('partnerForm.editTitleOf', { name: labelOf(partner.name) }) : t('partnerForm.editTitle'),
  );

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!query.data || !partner) return <ErrorAlert error={query.error} />;

  return (
    <Stack gap="md">
      <Title order={1}>{t('partnerForm.editTitleOf', { name: labelOf(partner.name) })}</Title>
      {/* A new key after a reload starts the form again from the latest version. */}
      <PartnerForm
        key={`${partner.id}.${reloads}`}
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
