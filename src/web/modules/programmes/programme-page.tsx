import { Alert, Anchor, Badge, Group, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconMessageCircle } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { pickText } from '../../../core/bilingual';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { formatCalendarDate } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf, TranslatedText } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { ProgrammeActions } from './programme-actions';
import { ObjectiveList, SelectedActivities } from './programme-content';
import { ProgrammeCoveragePanel } from './programme-coverage';
import { StatusHistory, VersionList } from './programme-history';
import { formatPeriod, programmeStatusColor, programmeStatusLabel } from './programme-labels';
import { ProgrammeSection } from './programme-section';
import { type Programme, useProgramme } from './programmes.api';

/** "Concluded on 6 May 2014 — for Japan: …; for the Alliance: …", from what was recorded. */
export function agreementLine(t: TFunction, programme: Programme): string | null {
  const agreement = programme.agreement;
  if (!agreement) return null;
  const locale = currentLocale();
  const concluded = t('programme.concludedOn', { date: formatCalendarDate(agreement.agreedOn, locale) });
  const names = [
    agreement.byPartner &&
      t('programme.agreedForPartner', {
        partner: labelOf(programme.partner.name),
        name: agreement.byPartner,
      }),
    agreement.byAlliance && t('programme.agreedForAlliance', { name: agreement.byAlliance }),
  ].filter(Boolean);
  return names.length > 0 ? `${concluded} — ${names.join(t('programme.agreementSeparator'))}` : concluded;
}

function Header({ programme }: { programme: Programme }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const other = locale === 'en' ? 'fr' : 'en';
  const title = pickText(programme.title, locale);
  const agreement = agreementLine(t, programme);
  return (
    <Stack gap={4}>
      <Anchor
        component={Link}
        to={`/partners/${programme.partner.id}`}
        fw={600}
        data-testid="programme-partner"
      >
        {labelOf(programme.partner.name)}
      </Anchor>
      <Group gap="xs" align="baseline">
        <Title order={1} data-testid="programme-title" lang={title.missing ? other : undefined}>
          {title.text}
        </Title>
        {title.missing && (
          <Badge size="sm" variant="outline" color="gray">
            {t('common.translationMissing')}
          </Badge>
        )}
      </Group>
      <Group gap="sm">
        <Text data-testid="programme-period">{formatPeriod(programme.period, locale)}</Text>
        <Badge variant="outline" color="dark" data-testid="programme-version-no">
          {t('programme.versionN', { n: programme.versionNo })}
        </Badge>
        <Badge
          variant="light"
          size="lg"
          color={programmeStatusColor[programme.status]}
          data-testid="programme-status"
        >
          {programmeStatusLabel(t, programme.status)}
        </Badge>
      </Group>
      {agreement && (
        <Text fw={600} data-testid="programme-agreement">
          {agreement}
        </Text>
      )}
    </Stack>
  );
}

/** `/programmes/:id`: one version of a programme, what serves it, its history and its other versions. */
export function ProgrammePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const query = useProgramme(id);
  const programme = query.data?.programme;
  usePageTitle(programme ? labelOf(programme.title) : t('programmes.title'));

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!query.data || !programme) return <ErrorAlert error={query.error} />;

  return (
    <Stack gap="md">
      <Anchor component={Link} to="/programmes" size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden />
          {t('programmes.backToList')}
        </Group>
      </Anchor>
      <Header programme={programme} />
      {programme.status === 'returned' && programme.returnComment && (
        <Alert
          color="orange"
          variant="light"
          icon={<IconMessageCircle aria-hidden />}
          title={t('programme.returnedTitle')}
          data-testid="programme-return-comment"
        >
          <Text style={{ whiteSpace: 'pre-line' }}>{programme.returnComment}</Text>
        </Alert>
      )}
      <ProgrammeActions programme={programme} />

      {(programme.summary.en || programme.summary.fr) && (
        <ProgrammeSection title={t('programme.summary')} testId="programme-summary">
          <TranslatedText value={programme.summary} style={{ whiteSpace: 'pre-line' }} />
        </ProgrammeSection>
      )}
      <ProgrammeSection title={t('programme.objectives')} testId="programme-objectives">
        <ObjectiveList objectives={programme.objectives} />
      </ProgrammeSection>
      <ProgrammeSection title={t('programme.activities')} testId="programme-activities">
        <SelectedActivities programme={programme} />
      </ProgrammeSection>
      <ProgrammeSection title={t('programme.coverage')} testId="programme-coverage">
        <ProgrammeCoveragePanel current={query.data} />
      </ProgrammeSection>
      <ProgrammeSection title={t('programme.statusHistory')} testId="programme-history">
        <StatusHistory programme={programme} />
      </ProgrammeSection>
      <ProgrammeSection title={t('programme.versions')} testId="programme-versions">
        <VersionList programme={programme} />
      </ProgrammeSection>
    </Stack>
  );
}
