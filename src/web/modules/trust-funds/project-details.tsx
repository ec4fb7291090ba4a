import { Anchor, Badge, Group, List, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { DetailField } from '../../ui/detail-field';
import { labelOf, TranslatedText } from '../../ui/translated-text';
import { countryName } from '../menu/menu-labels';
import { releasabilityColor, releasabilityLabel } from '../partners/partner-labels';
import { BilingualLink, ProjectStatusBadge, projectDates } from './tf-ui';
import type { Project } from './trust-funds.api';

/** Where the project sits (fund, parent or phases), who leads and carries it out, when, for whom. */
export function ProjectDetails({ project }: { project: Project }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md" component="dl" m={0}>
        <DetailField label={t('trustFunds.project.fund')}>
          <Anchor component={Link} to={`/trust-funds/${project.fund.id}`}>
            {project.fund.code} · {labelOf(project.fund.name)}
          </Anchor>
        </DetailField>
        {project.parent && (
          <DetailField label={t('trustFunds.project.parent')}>
            <Anchor component={Link} to={`/trust-fund-projects/${project.parent.id}`}>
              {project.parent.code} · {labelOf(project.parent.title)}
            </Anchor>
          </DetailField>
        )}
        <DetailField label={t('trustFunds.project.country')} testId="project-country">
          {countryName(project.beneficiaryCountry, locale)}
        </DetailField>
        <DetailField label={t('trustFunds.project.executingAgency')}>
          {project.executingAgency ? labelOf(project.executingAgency.name) : t('trustFunds.none')}
        </DetailField>
        <DetailField label={t('trustFunds.project.leadNations')} testId="project-lead-nations">
          {project.leadNations.length > 0
            ? project.leadNations.map((o) => labelOf(o.name)).join(', ')
            : t('trustFunds.none')}
        </DetailField>
        <DetailField label={t('trustFunds.project.status')}>
          <ProjectStatusBadge status={project.status} />
        </DetailField>
        <DetailField label={t('trustFunds.project.dates')} testId="project-dates">
          {projectDates(t, project.startsOn, project.endsOn, locale)}
        </DetailField>
        <DetailField label={t('trustFunds.releasability')}>
          <Badge component="span" variant="light" color={releasabilityColor[project.releasability]}>
            {releasabilityLabel(t, project.releasability)}
          </Badge>
        </DetailField>
      </SimpleGrid>
      {project.phases.length > 0 && (
        <div>
          <Text size="sm" c="dimmed" fw={600} id="project-phases">
            {t('trustFunds.project.phases')}
          </Text>
          <List
            spacing={4}
            aria-labelledby="project-phases"
            listStyleType="none"
            data-testid="project-phases"
          >
            {project.phases.map((phase) => (
              <List.Item key={phase.id}>
                <Group gap="xs" wrap="nowrap">
                  <Text size="sm" ff="monospace">
                    {phase.code}
                  </Text>
                  <BilingualLink to={`/trust-fund-projects/${phase.id}`} value={phase.title} />
                  <ProjectStatusBadge status={phase.status} />
                </Group>
              </List.Item>
            ))}
          </List>
        </div>
      )}
      <div>
        <Text size="sm" c="dimmed" fw={600}>
          {t('trustFunds.project.objectives')}
        </Text>
        <TranslatedText
          value={project.objectives}
          style={{ whiteSpace: 'pre-line' }}
          data-testid="project-objectives"
        />
      </div>
    </Stack>
  );
}
