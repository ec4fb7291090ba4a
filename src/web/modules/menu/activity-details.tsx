import { Anchor, Badge, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatDateTime, formatYear } from '../../lib/format';
import { DetailField } from '../../ui/detail-field';
import { LanguageValue, labelOf } from '../../ui/translated-text';
import { releasabilityColor, releasabilityLabel } from '../partners/partner-labels';
import { usePartnerOptions } from '../partners/partners.api';
import type { Activity } from './menu.api';
import {
  activityStatusColor,
  clearanceLabel,
  eligibilityLabel,
  formatFee,
  kindLabel,
  languageLabel,
  statusLabel,
} from './menu-labels';

const plainList = { listStyle: 'none', padding: 0, margin: 0 } as const;

export function ActivityDetails({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm" m={0}>
      <DetailField label={t('menu.titleEn')} testId="activity-title-en">
        <LanguageValue value={activity.title.en} lang="en" />
      </DetailField>
      <DetailField label={t('menu.titleFr')} testId="activity-title-fr">
        <LanguageValue value={activity.title.fr} lang="fr" />
      </DetailField>
      <DetailField label={t('menu.code')} testId="activity-code">
        {activity.code}
      </DetailField>
      <DetailField label={t('menu.year')}>{formatYear(activity.year, locale)}</DetailField>
      <DetailField label={t('menu.provider')} testId="activity-provider">
        {labelOf(activity.provider.name)} ({activity.provider.code})
      </DetailField>
      <DetailField label={t('menu.kind')}>{kindLabel(t, activity.kind)}</DetailField>
      <DetailField label={t('menu.status')}>
        <Badge component="span" color={activityStatusColor[activity.status]} variant="light">
          {statusLabel(t, activity.status)}
        </Badge>
      </DetailField>
      <DetailField label={t('menu.areas')}>
        <Stack gap={2} component="span">
          {activity.areas.map((area) => (
            <span key={area.id}>{labelOf(area.name)}</span>
          ))}
        </Stack>
      </DetailField>
      <DetailField label={t('menu.languages')}>
        {activity.languages.map((l) => languageLabel(t, l)).join(', ')}
      </DetailField>
      <DetailField label={t('menu.fee')} testId="activity-fee">
        {activity.fee ? formatFee(activity.fee, locale) : t('menu.noFee')}
      </DetailField>
      <DetailField label={t('menu.clearance')}>{clearanceLabel(t, activity.clearance)}</DetailField>
      <DetailField label={t('menu.secondApproval')}>
        {activity.secondApproval ? t('menu.secondApprovalYes') : t('menu.secondApprovalNo')}
      </DetailField>
      <DetailField label={t('menu.contact')} testId="activity-contact">
        {activity.contactName || activity.contactEmail ? (
          <Stack gap={0} component="span">
            {activity.contactName && <span>{activity.contactName}</span>}
            {activity.contactEmail && (
              <Anchor href={`mailto:${activity.contactEmail}`} size="sm">
                {activity.contactEmail}
              </Anchor>
            )}
          </Stack>
        ) : (
          '—'
        )}
      </DetailField>
      <DetailField label={t('menu.recurring')}>
        {activity.recurring ? t('common.yes') : t('common.no')}
      </DetailField>
      {activity.publishedAt && (
        <DetailField label={t('menu.publishedAt')}>
          <time dateTime={activity.publishedAt}>{formatDateTime(activity.publishedAt, locale)}</time>
        </DetailField>
      )}
    </SimpleGrid>
  );
}

/** Both descriptions, each in its own language, side by side (a missing one says so). */
export function ActivityDescriptions({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      {(['en', 'fr'] as const).map((lang) => (
        <div key={lang} data-testid={`activity-description-${lang}`}>
          <Title order={3} size="h6" mb={4} tt="capitalize">
            {t(`common.languages.${lang}`)}
          </Title>
          <Text component="div" style={{ whiteSpace: 'pre-line' }}>
            <LanguageValue value={activity.description[lang]} lang={lang} />
          </Text>
        </div>
      ))}
    </SimpleGrid>
  );
}

function PartnerLinks({ partners }: { partners: { id: string; name: Activity['title'] }[] }) {
  return (
    <Group gap="xs" component="ul" style={plainList}>
      {partners.map((partner) => (
        <li key={partner.id}>
          <Anchor component={Link} to={`/partners/${partner.id}`} size="sm">
            {labelOf(partner.name)}
          </Anchor>
        </li>
      ))}
    </Group>
  );
}

/**
 * Who may apply: the rule for everyone; the named and currently eligible partners for the alliance's
 * people (the server leaves both lists empty for anyone else).
 */
export function ActivityEligibility({ activity, staff }: { activity: Activity; staff: boolean }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm">
      <Text data-testid="activity-eligibility">{eligibilityLabel(t, activity.eligibility)}</Text>
      {activity.eligibleFrameworks.length > 0 && (
        <Group gap="xs" component="ul" style={plainList} aria-label={t('menu.eligibleFrameworks')}>
          {activity.eligibleFrameworks.map((f) => (
            <Badge key={f.id} component="li" variant="outline" tt="none" title={f.code}>
              {labelOf(f.name)}
            </Badge>
          ))}
        </Group>
      )}
      {activity.eligiblePartners.length > 0 && (
        <div>
          <Title order={3} size="h6" mb={4}>
            {t('menu.eligiblePartners')}
          </Title>
          <PartnerLinks partners={activity.eligiblePartners} />
        </div>
      )}
      {(staff || activity.eligibleNow.length > 0) && (
        <div data-testid="eligible-now">
          <Title order={3} size="h6" mb={4}>
            {t('menu.eligibleNow', { count: activity.eligibleNow.length })}
          </Title>
          {activity.eligibleNow.length > 0 ? (
            <PartnerLinks partners={activity.eligibleNow} />
          ) : (
            <Text c="dimmed" size="sm">
              {t('menu.eligibleNowNone')}
            </Text>
          )}
        </div>
      )}
    </Stack>
  );
}

/** Who may see the activity; the partners it is released to are named for those who can see them. */
export function ActivityReleasability({ activity }: { activity: Activity }) {
  const { t } = useTranslation();
  const ids = activity.releasableTo;
  const options = usePartnerOptions(ids.length > 0);
  const byId = new Map((options.data ?? []).map((p) => [p.id, p]));
  const named = ids.flatMap((id) => {
    const partner = byId.get(id);
    return partner ? [{ id, name: partner.name }] : [];
  });
  return (
    <Stack gap="xs">
      <Badge component="span" color={releasabilityColor[activity.releasability]} variant="light">
        {releasabilityLabel(t, activity.releasability)}
      </Badge>
      {named.length > 0 && <PartnerLinks partners={named} />}
    </Stack>
  );
}
