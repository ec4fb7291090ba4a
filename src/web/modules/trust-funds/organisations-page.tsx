import { Button, Group, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPencil, IconPlus, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { labelOf, TranslatedText } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { useUrlFilters } from '../../ui/use-url-filters';
import { OrganisationFormModal } from './organisation-form-modal';
import { filterOrganisations } from './organisations-list';
import { BackLink, Section } from './tf-ui';
import { type Organisation, useOrganisations, useTrustFundAccess } from './trust-funds.api';

/** `/organisations`: the donors, lead nations and agencies the funds name; a fund manager edits them here. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const access = useTrustFundAccess();
  const locale = currentLocale();
  const { params, update } = useUrlFilters();
  const query = params.get('q') ?? '';
  const [creating, createForm] = useDisclosure(false);
  const [editing, setEditing] = useState<Organisation | null>(null);
  usePageTitle(t('trustFunds.organisationList.title'));

  const organisations = useOrganisations();
  const items = filterOrganisations(organisations.data?.items ?? [], query, locale);

  return (
    <Stack gap="md">
      <BackLink to="/trust-funds">{t('trustFunds.backToList')}</BackLink>
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('trustFunds.organisationList.title')}</Title>
          <Text c="dimmed">{t('trustFunds.organisationList.intro')}</Text>
        </div>
        {access.write && (
          <Button
            onClick={createForm.open}
            leftSection={<IconPlus size={16} aria-hidden />}
            data-testid="new-organisation"
          >
            {t('trustFunds.newOrganisation')}
          </Button>
        )}
      </Group>

      <Section title={t('trustFunds.organisationList.listTitle')} testId="organisations">
        <Stack gap="sm">
          <TextInput
            label={t('trustFunds.organisationList.search')}
            placeholder={t('trustFunds.organisationList.searchPlaceholder')}
            leftSection={<IconSearch size={16} aria-hidden />}
            type="search"
            maw={360}
            value={query}
            onChange={(event) => update({ q: event.currentTarget.value })}
            data-testid="organisation-search"
          />
          <ErrorAlert error={organisations.error} />
          {organisations.isPending ? (
            <LoadingState />
          ) : organisations.data ? (
            <>
              <Text size="sm" role="status" aria-live="polite" data-testid="organisation-count">
                {t('trustFunds.organisationList.count', {
                  count: items.length,
                  formatted: formatNumber(items.length, locale),
                })}
              </Text>
              {items.length > 0 ? (
                <OrganisationTable
                  items={items}
                  onEdit={access.write ? (organisation) => setEditing(organisation) : undefined}
                />
              ) : (
                <Text c="dimmed">{t('trustFunds.organisationList.none')}</Text>
              )}
            </>
          ) : null}
        </Stack>
      </Section>

      {access.write && <OrganisationFormModal opened={creating} onClose={createForm.close} />}
      {access.write && editing && (
        <OrganisationFormModal
          key={`${editing.id}.${editing.version}`}
          opened
          organisation={editing}
          onClose={() => setEditing(null)}
        />
      )}
    </Stack>
  );
}

function OrganisationTable({
  items,
  onEdit,
}: {
  items: Organisation[];
  onEdit?: (organisation: Organisation) => void;
}) {
  const { t } = useTranslation();
  const none = (
    <Text span size="sm" c="dimmed">
      {t('trustFunds.none')}
    </Text>
  );
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table striped highlightOnHover verticalSpacing="sm" data-testid="organisation-table">
        <Table.Caption>{t('trustFunds.organisationList.caption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('trustFunds.organisation.name')}</Table.Th>
            <Table.Th>{t('trustFunds.organisation.kind')}</Table.Th>
            <Table.Th>{t('trustFunds.organisation.isoCode')}</Table.Th>
            <Table.Th>{t('trustFunds.organisation.iatiRef')}</Table.Th>
            {onEdit && (
              <Table.Th>
                <VisuallyHidden>{t('common.actions')}</VisuallyHidden>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((organisation) => (
            <Table.Tr key={organisation.id} data-testid="organisation-row">
              <Table.Td>
                <TranslatedText value={organisation.name} size="sm" fw={600} />
              </Table.Td>
              <Table.Td>{t(`trustFunds.organisationKind.${organisation.kind}`)}</Table.Td>
              <Table.Td>{organisation.isoCode ?? none}</Table.Td>
              <Table.Td>
                {organisation.iatiRef ? (
                  <Text span size="sm" ff="monospace">
                    {organisation.iatiRef}
                  </Text>
                ) : (
                  none
                )}
              </Table.Td>
              {onEdit && (
                <Table.Td ta="right">
                  <Button
                    size="xs"
                    variant="default"
                    leftSection={<IconPencil size={14} aria-hidden />}
                    onClick={() => onEdit(organisation)}
                    aria-label={t('trustFunds.organisationList.editNamed', {
                      name: labelOf(organisation.name),
                    })}
                    data-testid="edit-organisation"
                  >
                    {t('common.edit')}
                  </Button>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
