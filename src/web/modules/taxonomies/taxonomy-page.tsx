import { Button, Group, Stack, Switch, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatYear } from '../../lib/format';
import { ErrorAlert, useErrorMessage } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { StateBadge } from '../../ui/state-badge';
import { LanguageValue } from '../../ui/translated-text';
import { usePageTitle } from '../../ui/use-page-title';
import { type TaxonomyEntry, type TaxonomyKind, useSaveTaxonomyEntry, useTaxonomy } from './taxonomies.api';
import { TaxonomyFormModal } from './taxonomy-form-modal';

/** Partnership frameworks and areas of cooperation: the same screen for two taxonomies. */
export function TaxonomyPage({ kind }: { kind: TaxonomyKind }) {
  const { t } = useTranslation();
  const [showInactive, setShowInactive] = useState(true);
  const list = useTaxonomy(kind, { includeInactive: showInactive });
  const save = useSaveTaxonomyEntry(kind);
  const errorMessage = useErrorMessage();
  // `undefined`: closed; `null`: a new entry; otherwise the entry being edited.
  const [editing, setEditing] = useState<TaxonomyEntry | null | undefined>(undefined);
  const locale = currentLocale();
  usePageTitle(t(`taxonomy.${kind}.title`));

  const toggleActive = (entry: TaxonomyEntry) =>
    save.mutate(
      { id: entry.id, version: entry.version, input: { active: !entry.active } },
      {
        onSuccess: () =>
          notifications.show({
            color: 'green',
            message: t(entry.active ? 'taxonomy.deactivated' : 'taxonomy.reactivated', { code: entry.code }),
          }),
        onError: (error) => notifications.show({ color: 'red', message: errorMessage(error) }),
      },
    );

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t(`taxonomy.${kind}.title`)}</Title>
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing(null)}>
          {t(`taxonomy.${kind}.new`)}
        </Button>
      </Group>
      <Switch
        label={t('taxonomy.showInactive')}
        checked={showInactive}
        onChange={(event) => setShowInactive(event.currentTarget.checked)}
      />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingState />
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped verticalSpacing="sm" aria-label={t(`taxonomy.${kind}.title`)}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('taxonomy.code')}</Table.Th>
                <Table.Th>{t('taxonomy.nameEn')}</Table.Th>
                <Table.Th>{t('taxonomy.nameFr')}</Table.Th>
                {kind === 'frameworks' && <Table.Th>{t('taxonomy.sinceYear')}</Table.Th>}
                <Table.Th>{t('taxonomy.state')}</Table.Th>
                <Table.Th>{t('common.actions')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {(list.data ?? []).map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    <Text ff="monospace" size="sm">
                      {entry.code}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    <LanguageValue value={entry.name.en} lang="en" />
                  </Table.Td>
                  <Table.Td>
                    <LanguageValue value={entry.name.fr} lang="fr" />
                  </Table.Td>
                  {kind === 'frameworks' && (
                    <Table.Td>{entry.sinceYear ? formatYear(entry.sinceYear, locale) : '—'}</Table.Td>
                  )}
                  <Table.Td>
                    <StateBadge color={entry.active ? 'green' : 'gray'} variant="light">
                      {t(entry.active ? 'taxonomy.activeState' : 'taxonomy.inactiveState')}
                    </StateBadge>
                  </Table.Td>
                  <Table.Td>
                    <Group gap="xs" wrap="nowrap">
                      <Button
                        size="xs"
                        variant="light"
                        leftSection={<IconPencil size={14} aria-hidden />}
                        onClick={() => setEditing(entry)}
                        aria-label={t('taxonomy.editEntry', { code: entry.code })}
                      >
                        {t('common.edit')}
                      </Button>
                      <Button
                        size="xs"
                        variant="default"
                        onClick={() => toggleActive(entry)}
                        aria-label={t(
                          entry.active ? 'taxonomy.deactivateEntry' : 'taxonomy.reactivateEntry',
                          {
                            code: entry.code,
                          },
                        )}
                      >
                        {t(entry.active ? 'taxonomy.deactivate' : 'taxonomy.reactivate')}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {editing !== undefined && (
        <TaxonomyFormModal
          key={editing?.id ?? 'new'}
          kind={kind}
          entry={editing}
          opened
          onClose={() => setEditing(undefined)}
        />
      )}
    </Stack>
  );
}
