import { Button, Group, Pagination, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useUrlFilters } from '../../ui/use-url-filters';
import { PartnerFilters, type PartnerFilterValues } from './partner-filters';
import { PartnerTable } from './partner-table';
import { usePartnerList } from './partners.api';

const pageSize = 25;

export function PartnerListPage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { params, update } = useUrlFilters();
  usePageTitle(t('partners.title'));

  const filters: PartnerFilterValues = {
    q: params.get('q') ?? '',
    framework: params.get('framework') ?? '',
    status: params.get('status') ?? '',
    kind: params.get('kind') ?? '',
  };
  const sort = params.get('sort') ?? 'name';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = usePartnerList({ ...filters, sort, page, limit: pageSize });

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const locale = currentLocale();

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Title order={1}>{t('partners.title')}</Title>
        {can('partner.write') && (
          <Button component={Link} to="/partners/new" leftSection={<IconPlus size={16} aria-hidden />}>
            {t('partners.new')}
          </Button>
        )}
      </Group>
      <PartnerFilters values={filters} onChange={(patch) => update(patch)} />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingState />
      ) : list.data ? (
        <>
          <Text size="sm" role="status" aria-live="polite" data-testid="partner-count">
            {t('partners.count', { count: total, formatted: formatNumber(total, locale) })}
          </Text>
          {list.data.items.length > 0 ? (
            <PartnerTable
              items={list.data.items}
              sort={sort}
              onSort={(value) => update({ sort: value }, false)}
            />
          ) : (
            <Text c="dimmed">{t('partners.empty')}</Text>
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
