import { Anchor, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { WorkingLanguage } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { formatDateTime, formatNumber } from '../../lib/format';
import { DetailField } from '../../ui/detail-field';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { IterationDates, iterationPlace } from '../menu/iteration-facts';
import { countryName, languageLabel } from '../menu/menu-labels';
import { NominationActions } from './nomination-actions';
import { attendanceOpen, personLabel } from './nomination-labels';
import { NominationStatusBadge } from './nomination-table';
import { useNomination, useNominationAccess } from './nominations.api';
import { ReportTable, ReportUpload } from './report-list';
import { SeatsSummary } from './seats-summary';

function Section({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  const id = `section-${testId}`;
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** `/nominations/:id`: one nomination, where the notifications about it lead. */
export function NominationPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const access = useNominationAccess();
  const query = useNomination(id);
  const nomination = query.data;
  usePageTitle(nomination ? personLabel(t, nomination) : t('nominations.title'));

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!nomination) return <ErrorAlert error={query.error} />;

  const locale = currentLocale();
  const owner = access.owns(nomination.activity.providerId);
  const erased = nomination.erasedAt !== null;
  const dash = '—';

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/nominations" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {access.liaisonPartnerId ? t('nominations.backToMine') : t('nominations.backToList')}
        </Group>
      </Anchor>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} data-testid="nomination-title" fs={erased ? 'italic' : undefined}>
            {personLabel(t, nomination)}
          </Title>
          {nomination.rankTitle && <Text c="dimmed">{nomination.rankTitle}</Text>}
          <Group gap="xs" mt={6}>
            <NominationStatusBadge nomination={nomination} />
          </Group>
        </div>
        <NominationActions nomination={nomination} />
      </Group>

      <Section title={t('nominations.detail.activity')} testId="nomination-activity">
        <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} spacing="sm">
          <DetailField label={t('nominations.columns.activity')}>
            <Anchor component={Link} to={`/menu/activities/${nomination.activity.id}`}>
              {nomination.activity.code}
            </Anchor>{' '}
            {labelOf(nomination.activity.title)}
          </DetailField>
          <DetailField label={t('nominations.detail.when')}>
            <IterationDates iteration={nomination.iteration} /> · {iterationPlace(nomination.iteration, t)}
          </DetailField>
          <DetailField label={t('nominations.columns.partner')}>
            {labelOf(nomination.partner.name)}
          </DetailField>
          {owner && (
            <DetailField label={t('nominations.detail.allNominations')}>
              <Anchor component={Link} to={`/menu/iterations/${nomination.iterationId}/nominations`}>
                {t('nominations.manage')}
              </Anchor>
            </DetailField>
          )}
        </SimpleGrid>
        <Stack mt="md" gap="xs">
          <SeatsSummary seats={nomination.seats} />
        </Stack>
      </Section>

      <Section title={t('nominations.detail.person')} testId="nomination-person">
        {erased ? (
          <Text c="dimmed" data-testid="erased-note">
            {t('nominations.detail.erasedOn', { date: formatDateTime(nomination.erasedAt!, locale) })}
          </Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }} component="dl" m={0} spacing="sm">
            <DetailField label={t('nominations.form.organisation')}>
              {nomination.organisation || dash}
            </DetailField>
            <DetailField label={t('nominations.form.email')}>
              <Anchor href={`mailto:${nomination.email}`}>{nomination.email}</Anchor>
            </DetailField>
            <DetailField label={t('nominations.form.workingLanguage')}>
              {nomination.workingLanguage
                ? languageLabel(t, nomination.workingLanguage as WorkingLanguage)
                : dash}
            </DetailField>
            <DetailField label={t('nominations.form.nationality')}>
              {nomination.nationality ? countryName(nomination.nationality, locale) : dash}
            </DetailField>
            <DetailField label={t('nominations.columns.priority')}>
              {formatNumber(nomination.priority, locale)}
            </DetailField>
            <DetailField label={t('nominations.detail.nominatedOn')}>
              {formatDateTime(nomination.createdAt, locale)}
            </DetailField>
          </SimpleGrid>
        )}
        {(nomination.decidedAt || nomination.decisionReason) && (
          <SimpleGrid cols={{ base: 1, sm: 2 }} component="dl" m={0} mt="sm" spacing="sm">
            {nomination.decidedAt && (
              <DetailField label={t('nominations.detail.decidedOn')}>
                {formatDateTime(nomination.decidedAt, locale)}
              </DetailField>
            )}
            {nomination.decisionReason && (
              <DetailField label={t('nominations.detail.reason')}>{nomination.decisionReason}</DetailField>
            )}
          </SimpleGrid>
        )}
      </Section>

      {nomination.status === 'accepted' && (
        <Section title={t('nominations.reports.title')} testId="nomination-reports">
          <Stack gap="md">
            <ReportTable nominationId={nomination.id} reports={nomination.reports} />
            {owner && !erased && attendanceOpen(nomination.iteration.startsOn) && (
              <ReportUpload nominationId={nomination.id} />
            )}
          </Stack>
        </Section>
      )}
    </Stack>
  );
}
