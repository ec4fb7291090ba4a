import { Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useUrlFilters } from '../../ui/use-url-filters';
import { ProgrammeFilters, type ProgrammeFilterValues } from './programme-filters';
import { ProgrammeTable } from './programme-table';
import { useProgrammeAccess, useProgrammeList } from './programmes.api';

const pageSize = 25;

/** `/programmes`: search, filters, sort and page live in the URL, so a link reproduces the view. */
export function ProgrammeListPage() {
  const { t } = useTranslation();
  const access = useProgrammeAccess();
  const { params, update } = useUrlFilters();
  usePageTitle(t('programmes.title'));

  // A liaison's list is its own partner's (the API scopes it): no partner to choose.
  const showPartner = access.ownPartnerId === null;
  const filters: ProgrammeFilterValues = {
    q: params.get('q') ?? '',
    partner: showPartner ? (params.get('partner') ?? '') : '',
    status: params.getAll('status').join(','),
    year: params.get('year') ?? '',
    allVersions: params.get('allVersions') === 'true' ? 'true' : '',
  };
  const sort = params.get('sort') ?? '-startsOn';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useProgrammeList({
    q: filters.q,
    partner: filters.partner,
    status: filters.status,
    year: filters.year,
    allVersions: filters.allVersions === 'true',
    sort,
    page,
    limit: pageSize,
  });

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const locale = currentLocale();

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <div>
          <Title order={1}>{t('programmes.title')}</Title>
          {!showPartner && <Text c="dimmed">{t('programmes.ownPartnerIntro')}</Text>}
        </div>
        {access.write && (
          <Button component={Link} to="/programmes/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('programmes.new')}
          </Button>
        )}
      </Group>
      <ProgrammeFilters values={filters} onChange={(patch) => update(patch)} showPartner={showPartner} />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingState />
      ) : list.data ? (
        <>
          <Text size="sm" role="status" aria-live="polite" data-testid="programme-count">
            {t('programmes.count', { count: total, formatted: formatNumber(total, locale) })}
          </Text>
          {list.data.items.length > 0 ? (
            <ProgrammeTable
              items={list.data.items}
              sort={sort}
              onSort={(value) => update({ sort: value }, false)}
              showPartner={showPartner}
            />
          ) : (
            <Text c="dimmed">{t('programmes.empty')}</Text>
          )}
          {pages > 1 && (
            <nav aria-label={t('common.pagination')}>
              <Pagination
                total={pages}
                value={page}
                onChange={(value) => update({ page: String(value) }, false)}
                getControlProps={(control) => ({ 'aria-label': t(`common.pageControls.${control}`) })}
                getItemProps={(item) => ({
                  'aria-label': t('common.pageN', { page: item }),
                  'aria-current': item === page ? 'page' : undefined,
                })}
              />
            </nav>
          )}
        </>
      ) : null}
    </Stack>
  );
}
