import { Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconChartBar, IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { ApiError } from '../../lib/api-client';
import { formatCalendarDate } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { NotFoundPage } from '../../ui/not-found-page';
import { labelOf, TranslatedText } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { PartnerDetails } from './partner-details';
import { PartnerHistory } from './partner-history';
import { PartnerMilestones } from './partner-milestones';
import { type Partner, usePartner } from './partners.api';

function Section({ title, children, testId }: { title: string; children: ReactNode; testId?: string }) {
  const id = `section-${testId ?? title}`;
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}

function Frameworks({ partner }: { partner: Partner }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (partner.frameworks.length === 0) return <Text c="dimmed">{t('partner.noFrameworks')}</Text>;
  return (
    <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {partner.frameworks.map((f) => (
        <Group key={f.id} component="li" gap="xs">
          <Text fw={600}>{labelOf(f.name)}</Text>
          <Badge variant="outline" size="sm" color="dark">
            {f.code}
          </Badge>
          {f.joinedOn && (
            <Text size="sm">{t('partner.joinedOn', { date: formatCalendarDate(f.joinedOn, locale) })}</Text>
          )}
          {f.leftOn && (
            <Text size="sm">{t('partner.leftOn', { date: formatCalendarDate(f.leftOn, locale) })}</Text>
          )}
        </Group>
      ))}
    </Stack>
  );
}

export function PartnerProfilePage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const { can, me } = useSession();
  const query = usePartner(id);
  const partner = query.data?.partner;
  usePageTitle(partner ? labelOf(partner.name) : t('partners.title'));

  if (query.isPending) return <LoadingState />;
  if (query.error instanceof ApiError && (query.error.status === 404 || query.error.status === 400)) {
    return <NotFoundPage />;
  }
  if (!partner) return <ErrorAlert error={query.error} />;

  const other = currentLocale() === 'en' ? 'fr' : 'en';
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1} data-testid="partner-title">
            {labelOf(partner.name)}
          </Title>
          {partner.name[other] && (
            <Text c="dimmed" lang={other}>
              {partner.name[other]}
            </Text>
          )}
        </div>
        <Group gap="xs">
          {/* A liaison reads its own partner's report only. */}
          {can('programme.read') && (me?.role !== 'partner_liaison' || me.partnerId === partner.id) && (
            <Button
              component={Link}
              to={`/partners/${partner.id}/report`}
              variant="default"
              leftSection={<IconChartBar size={16} aria-hidden />}
              data-testid="partner-report"
            >
              {t('programmeReport.title')}
            </Button>
          )}
          {can('partner.write') && (
            <Button
              component={Link}
              to={`/partners/${partner.id}/edit`}
              leftSection={<IconPencil size={16} aria-hidden />}
            >
              {t('common.edit')}
            </Button>
          )}
        </Group>
      </Group>

      <Section title={t('partner.details')} testId="partner-details">
        <PartnerDetails partner={partner} />
      </Section>

      <Section title={t('partner.summary')} testId="partner-summary">
        <TranslatedText value={partner.summary} style={{ whiteSpace: 'pre-line' }} />
      </Section>

      <Section title={t('partner.frameworks')} testId="partner-frameworks">
        <Frameworks partner={partner} />
      </Section>

      <Section title={t('partner.areas')} testId="partner-areas">
        {partner.areas.length === 0 ? (
          <Text c="dimmed">{t('partner.noAreas')}</Text>
        ) : (
          <Group gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {partner.areas.map((area) => (
              <Badge key={area.id} component="li" variant="light" size="lg" tt="none">
                {labelOf(area.name)}
              </Badge>
            ))}
          </Group>
        )}
      </Section>

      <Section title={t('partner.milestones')} testId="partner-milestones">
        <PartnerMilestones milestones={partner.milestones} />
      </Section>

      {can('partner.history') && (
        <Section title={t('history.title')} testId="partner-history">
          <PartnerHistory partnerId={partner.id} />
        </Section>
      )}
    </Stack>
  );
}
