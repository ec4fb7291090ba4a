import { Anchor, Badge, Group, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatYear } from '../../lib/format';
import { DetailField } from '../../ui/detail-field';
import { LanguageValue, labelOf } from '../../ui/translated-text';
import {
  kindLabel,
  releasabilityColor,
  releasabilityLabel,
  statusColor,
  statusLabel,
} from './partner-labels';
import { type Partner, usePartnerOptions } from './partners.api';

function ReleasableTo({ ids }: { ids: string[] }) {
  const options = usePartnerOptions(ids.length > 0);
  const byId = new Map((options.data ?? []).map((p) => [p.id, p]));
  return (
    <Group gap={4} component="span">
      {ids.map((id) => {
        const partner = byId.get(id);
        return partner ? (
          <Anchor key={id} component={Link} to={`/partners/${id}`} size="sm">
            {labelOf(partner.name)}
          </Anchor>
        ) : null;
      })}
    </Group>
  );
}

export function PartnerDetails({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" verticalSpacing="sm" m={0}>
      <DetailField label={t('partner.nameEn')} testId="partner-name-en">
        <LanguageValue value={partner.name.en} lang="en" />
      </DetailField>
      <DetailField label={t('partner.nameFr')} testId="partner-name-fr">
        <LanguageValue value={partner.name.fr} lang="fr" />
      </DetailField>
      <DetailField label={t('partner.isoCode')}>{partner.isoCode ?? '—'}</DetailField>
      <DetailField label={t('partner.kind')}>{kindLabel(t, partner.kind)}</DetailField>
      <DetailField label={t('partner.status')}>
        <Badge component="span" color={statusColor[partner.status]} variant="light">
          {statusLabel(t, partner.status)}
        </Badge>
      </DetailField>
      <DetailField label={t('partner.relationsSince')} testId="partner-relations-since">
        {partner.relationsSinceYear ? formatYear(partner.relationsSinceYear, locale) : '—'}
      </DetailField>
      <DetailField label={t('partner.releasability')}>
        <Stack gap={4} component="span">
          <Badge component="span" color={releasabilityColor[partner.releasability]} variant="light">
            {releasabilityLabel(t, partner.releasability)}
          </Badge>
          {partner.releasability === 'releasable' && <ReleasableTo ids={partner.releasableTo} />}
        </Stack>
      </DetailField>
    </SimpleGrid>
  );
}
