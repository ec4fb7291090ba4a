import { Anchor, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { WorkingLanguage } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { StateBadge } from '../../ui/state-badge';
import { labelOf } from '../../ui/translated-text';
import { IterationDates } from '../menu/iteration-facts';
import { countryName, languageLabel } from '../menu/menu-labels';
import { NominationActions } from './nomination-actions';
import { nominationStatusColor, nominationStatusLabel } from './nomination-labels';
import type { Nomination } from './nominations.api';

/** The status, with the place on the waiting list and, once after the start, attendance. */
export function NominationStatusBadge({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2} align="flex-start">
      <StateBadge color={nominationStatusColor[nomination.status]} data-testid="nomination-status">
        {nomination.status === 'waitlisted' && nomination.waitlistPosition
          ? t('nominations.waitlistedAt', { position: nomination.waitlistPosition })
          : nominationStatusLabel(t, nomination.status)}
      </StateBadge>
      {nomination.attendance && (
        <Text size="xs" c="dimmed">
          {t(`nominations.attendance.${nomination.attendance}`)}
          {nomination.completed ? ` · ${t('nominations.attendance.completedShort')}` : ''}
        </Text>
      )}
    </Stack>
  );
}

/** The person: name and rank, or "personal data erased". */
function Person({ nomination, link }: { nomination: Nomination; link: boolean }) {
  const { t } = useTranslation();
  if (nomination.erasedAt) {
    return (
      <Text size="sm" c="dimmed" fs="italic">
        {link ? (
          <Anchor component={Link} to={`/nominations/${nomination.id}`} c="dimmed">
            {t('nominations.erasedPerson')}
          </Anchor>
        ) : (
          t('nominations.erasedPerson')
        )}
      </Text>
    );
  }
  return (
    <div>
      <Text size="sm" fw={600} data-testid="nomination-name">
        {link ? (
          <Anchor component={Link} to={`/nominations/${nomination.id}`} inherit>
            {nomination.fullName}
          </Anchor>
        ) : (
          nomination.fullName
        )}
      </Text>
      {(nomination.rankTitle || nomination.organisation) && (
        <Text size="xs" c="dimmed">
          {[nomination.rankTitle, nomination.organisation].filter(Boolean).join(' · ')}
        </Text>
      )}
    </div>
  );
}

/** How to reach the person and in which language: e-mail, working language, nationality. */
function Contact({ nomination }: { nomination: Nomination }) {
  const { t } = useTranslation();
  if (nomination.erasedAt) return null;
  const language = nomination.workingLanguage
    ? languageLabel(t, nomination.workingLanguage as WorkingLanguage)
    : '';
  const nationality = nomination.nationality ? countryName(nomination.nationality, currentLocale()) : '';
  return (
    <div>
      {nomination.email && (
        <Anchor href={`mailto:${nomination.email}`} size="sm" style={{ wordBreak: 'break-all' }}>
          {nomination.email}
        </Anchor>
      )}
      <Text size="xs" c="dimmed">
        {[language, nationality].filter(Boolean).join(' · ')}
      </Text>
    </div>
  );
}

/**
 * Nominations in a table. `iteration`: one iteration's list for its provider, with the personal data;
 * `list`: across iterations, with the activity.
 */
export function NominationTable({
  items,
  variant,
  showPartner,
  showPosition = false,
  caption,
}: {
  items: Nomination[];
  variant: 'iteration' | 'list';
  showPartner: boolean;
  showPosition?: boolean;
  caption?: string;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped verticalSpacing="xs" data-testid="nomination-table">
        {caption && <VisuallyHidden component="caption">{caption}</VisuallyHidden>}
        <Table.Thead>
          <Table.Tr>
            {showPosition && <Table.Th>{t('nominations.columns.position')}</Table.Th>}
            <Table.Th>{t('nominations.columns.person')}</Table.Th>
            <Table.Th>
              {variant === 'iteration' ? t('nominations.columns.contact') : t('nominations.columns.activity')}
            </Table.Th>
            {showPartner && <Table.Th>{t('nominations.columns.partner')}</Table.Th>}
            <Table.Th>{t('nominations.columns.priority')}</Table.Th>
            <Table.Th>{t('nominations.columns.status')}</Table.Th>
            <Table.Th>{t('common.actions')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((n) => (
            <Table.Tr key={n.id} data-testid="nomination-row">
              {showPosition && <Table.Td>{n.waitlistPosition ?? ''}</Table.Td>}
              <Table.Td>
                <Person nomination={n} link={variant === 'list'} />
              </Table.Td>
              {variant === 'iteration' ? (
                <Table.Td>
                  <Contact nomination={n} />
                </Table.Td>
              ) : (
                <Table.Td>
                  <Anchor component={Link} to={`/menu/activities/${n.activity.id}`} size="sm" ff="monospace">
                    {n.activity.code}
                  </Anchor>
                  <Text size="sm">{labelOf(n.activity.title)}</Text>
                  <Text size="xs" c="dimmed">
                    <IterationDates iteration={n.iteration} />
                  </Text>
                </Table.Td>
              )}
              {showPartner && <Table.Td>{labelOf(n.partner.name)}</Table.Td>}
              <Table.Td>{formatNumber(n.priority, locale)}</Table.Td>
              <Table.Td>
                <NominationStatusBadge nomination={n} />
                {n.status === 'rejected' && n.decisionReason && (
                  <Text size="xs" c="dimmed" maw={240}>
                    {n.decisionReason}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <NominationActions nomination={n} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
