import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { labelOf } from '../../ui/translated-text';
import { countryName } from '../menu/menu-labels';
import { BilingualLink, ProjectStatusBadge, projectDates } from './tf-ui';
import type { ProjectSummary } from './trust-funds.api';

/** Projects and phases: fund, code, title in the UI language, beneficiary country, status, dates. */
export function ProjectTable({
  items,
  caption,
  showFund = true,
}: {
  items: ProjectSummary[];
  caption: string;
  showFund?: boolean;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  // A phase follows its project, marked as such.
  const parents = new Map(items.map((p) => [p.id, p]));
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="project-table">
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            {showFund && <Table.Th>{t('trustFunds.project.fund')}</Table.Th>}
            <Table.Th>{t('trustFunds.project.code')}</Table.Th>
            <Table.Th>{t('trustFunds.project.title')}</Table.Th>
            <Table.Th>{t('trustFunds.project.country')}</Table.Th>
            <Table.Th>{t('trustFunds.project.status')}</Table.Th>
            <Table.Th>{t('trustFunds.project.dates')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((project) => {
            const parent = project.parentId ? parents.get(project.parentId) : undefined;
            return (
              <Table.Tr key={project.id} data-testid="project-row">
                {showFund && (
                  <Table.Td>
                    <Anchor component={Link} to={`/trust-funds/${project.fund.id}`} size="sm">
                      {project.fund.code}
                    </Anchor>
                  </Table.Td>
                )}
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {project.code}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <BilingualLink to={`/trust-fund-projects/${project.id}`} value={project.title} />
                  {project.parentId && (
                    <Text size="xs" c="dimmed">
                      {parent
                        ? t('trustFunds.project.phaseOf', { code: parent.code, title: labelOf(parent.title) })
                        : t('trustFunds.project.phase')}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{countryName(project.beneficiaryCountry, locale)}</Table.Td>
                <Table.Td>
                  <ProjectStatusBadge status={project.status} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{projectDates(t, project.startsOn, project.endsOn, locale)}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
