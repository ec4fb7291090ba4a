import { Anchor, Badge, Card, Group, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type Bilingual, pickText } from '../../../core/bilingual';
import type { Locale, ProjectStatus, TransactionType } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { formatNumber, toIntlLocale } from '../../lib/format';
import { StateBadge } from '../../ui/state-badge';
import { formatDateRange } from '../menu/menu-labels';
import {
  projectStatusColor,
  projectStatusLabel,
  transactionTypeColor,
  transactionTypeLabel,
} from './tf-labels';

/** A titled card of a trust-fund page, named by its heading for assistive technologies. */
export function Section({
  title,
  testId,
  actions,
  children,
}: {
  title: string;
  testId: string;
  actions?: ReactNode;
  children: ReactNode;
}) {
  const id = `section-${testId}`;
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={testId}>
      <Group justify="space-between" align="center" mb="sm" gap="sm">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {actions}
      </Group>
      {children}
    </Card>
  );
}

export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <Anchor component={Link} to={to} size="sm">
      <Group gap={4} component="span">
        <IconArrowLeft size={14} aria-hidden />
        {children}
      </Group>
    </Anchor>
  );
}

/** A page's title in the UI language, with the other language's text and a hint when it is missing. */
export function RecordTitle({ value, testId }: { value: Bilingual; testId?: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = pickText(value, locale);
  return (
    <Group gap="xs" align="baseline">
      <Title
        order={1}
        data-testid={testId}
        lang={title.missing ? (locale === 'en' ? 'fr' : 'en') : undefined}
      >
        {title.text}
      </Title>
      {title.missing && (
        <Badge size="sm" variant="outline" color="gray">
          {t('common.translationMissing')}
        </Badge>
      )}
    </Group>
  );
}

export function ProjectStatusBadge({ status }: { status: ProjectStatus }) {
  const { t } = useTranslation();
  return (
    <StateBadge color={projectStatusColor[status]} data-testid="project-status">
      {projectStatusLabel(t, status)}
    </StateBadge>
  );
}

export function TransactionTypeBadge({ type }: { type: TransactionType }) {
  const { t } = useTranslation();
  return (
    <StateBadge color={transactionTypeColor[type]} data-testid="transaction-type">
      {transactionTypeLabel(t, type)}
    </StateBadge>
  );
}

/** `9 Mar 2011 – 31 Dec 2014`, `From 9 Mar 2011`, `Until …`, or "no dates". */
export function projectDates(
  t: TFunction,
  startsOn: string | null,
  endsOn: string | null,
  locale: Locale,
): string {
  if (startsOn && endsOn) return formatDateRange(startsOn, endsOn, locale);
  // One date is written as a range's ends are (`1 Jan 2011`).
  if (startsOn) return t('trustFunds.dates.from', { date: formatDateRange(startsOn, null, locale) });
  if (endsOn) return t('trustFunds.dates.until', { date: formatDateRange(endsOn, null, locale) });
  return t('trustFunds.dates.none');
}

/** `2012`, or `1 Jul 2012 – 30 Jun 2013` when the period is not a calendar year. */
export function periodLabel(periodStart: string, periodEnd: string, locale: Locale): string {
  const year = periodStart.slice(0, 4);
  if (periodStart === `${year}-01-01` && periodEnd === `${year}-12-31`) return year;
  return formatDateRange(periodStart, periodEnd, locale);
}

/** A file's size as people read it: `12 kB`, `3.4 MB`. */
export function fileSize(t: TFunction, size: number, locale: Locale): string {
  if (size < 1024 * 1024)
    return t('trustFunds.size.kilobytes', {
      size: formatNumber(Math.max(1, Math.round(size / 1024)), locale),
    });
  const megabytes = new Intl.NumberFormat(toIntlLocale(locale), { maximumFractionDigits: 1 }).format(
    size / (1024 * 1024),
  );
  return t('trustFunds.size.megabytes', { size: megabytes });
}

/** A link named by a bilingual text: the UI language, or the other one marked as such. */
export function BilingualLink({ to, value, testId }: { to: string; value: Bilingual; testId?: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const title = pickText(value, locale);
  return (
    <Group gap={6} align="baseline" wrap="nowrap">
      <Anchor
        component={Link}
        to={to}
        fw={600}
        size="sm"
        lang={title.missing ? (locale === 'en' ? 'fr' : 'en') : undefined}
        data-testid={testId}
      >
        {title.text}
      </Anchor>
      {title.missing && (
        <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
          {t('common.translationMissing')}
        </Badge>
      )}
    </Group>
  );
}
