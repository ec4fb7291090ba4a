import { Pagination, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { usePageTitle } from '../../ui/use-page-title';
import { useUrlFilters } from '../../ui/use-url-filters';
import { NominationFilters, type NominationFilterValues } from './nomination-filters';
import { NominationTable } from './nomination-table';
import { useNominationAccess, useNominationList } from './nominations.api';

const pageSize = 25;

/**
 * `/nominations`: a liaison's own partner's nominations ("My nominations"), a provider's to its
 * activities, everyone's for the staff; filters and page in the address, so a view can be shared.
 */
export function NominationListPage() {
  const { t } = useTranslation();
  const access = useNominationAccess();
  const { params, update } = useUrlFilters();
  const liaison = access.liaisonPartnerId !== null;
  const title = liaison ? t('nominations.mine') : t('nominations.title');
  usePageTitle(title);

  const filters: NominationFilterValues = {
    status: params.get('status') ?? '',
    year: params.get('year') ?? '',
    activity: params.get('activity') ?? '',
    partner: liaison ? '' : (params.get('partner') ?? ''),
  };
  const page = Math.max(1, Number(params.get('page')) || 1);
  const list = useNominationList({
    status: filters.status || undefined,
    year: Number(filters.year) || undefined,
    activityId: filters.activity || undefined,
    partnerId: filters.partner || undefined,
    page,
    limit: pageSize,
  });

  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const locale = currentLocale();

  return (
    <Stack gap="md">
      <Title order={1}>{title}</Title>
      <Text c="dimmed" size="sm">
        {liaison ? t('nominations.mineIntro') : t('nominations.listIntro')}
      </Text>
      <NominationFilters values={filters} showPartner={!liaison} onChange={(patch) => update(patch)} />
      <ErrorAlert error={list.error} />
      {list.isPending ? (
        <LoadingState />
      ) : list.data ? (
        <>
          <Text size="sm" role="status" aria-live="polite" data-testid="nomination-count">
            {t('nominations.count', { count: total, formatted: formatNumber(total, locale) })}
          </Text>
          {list.data.items.length > 0 ? (
            <NominationTable items={list.data.items} variant="list" showPartner={!liaison} caption={title} />
          ) : (
            <Text c="dimmed">{t('nominations.empty')}</Text>
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
