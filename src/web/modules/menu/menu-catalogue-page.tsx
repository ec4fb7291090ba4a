import { Button, Grid, Group, Pagination, Select, Stack, Text, Title } from '@mantine/core';
import { IconCalendarMonth, IconFileImport, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { currentLocale } from '../../i18n';
import { formatNumber, formatYear } from '../../lib/format';
import { ErrorAlert } from '../../ui/error-alert';
import { LoadingState } from '../../ui/loading-state';
import { usePageTitle } from '../../ui/use-page-title';
import { CopyForwardButton } from './copy-forward-button';
import { ExportMenu } from './export-menu';
import { FeedSubscribeButton } from './feed-subscribe-modal';
import { useMenuList, useMenuYears } from './menu.api';
import { FoldingFilters, MenuFilterPanel, MenuSearchBar } from './menu-filters';
import { MenuResults } from './menu-results';
import { effectiveSort, menuSortOptions } from './menu-search-state';
import { useMenuSearch } from './use-menu-search';

const pageSize = 25;

export function MenuCataloguePage() {
  const { t } = useTranslation();
  const { can } = useSession();
  const { state, update, clear, search } = useMenuSearch();
  // Relevance only while searching; the default follows the search.
  const sort = {
    options: menuSortOptions.filter((value) => value !== 'relevance' || state.q),
    value: effectiveSort(state),
  };
  const list = useMenuList(state, sort.value, pageSize);
  const years = useMenuYears();
  const locale = currentLocale();
  usePageTitle(t('menu.title'));

  const total = list.data?.total ?? 0;
  const pages = Math.min(10_000, Math.max(1, Math.ceil(total / pageSize)));
  const shownYear = list.data?.year ?? state.year;

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={1}>{t('menu.title')}</Title>
          {shownYear !== null && (
            <Text c="dimmed" data-testid="menu-year-shown">
              {t('menu.yearSubtitle', { year: formatYear(shownYear, locale) })}
            </Text>
          )}
        </div>
        <Group gap="xs">
          <Button
            component={Link}
            to={`/menu/calendar${search}`}
            variant="default"
            leftSection={<IconCalendarMonth size={16} aria-hidden />}
          >
            {t('menu.calendarView')}
          </Button>
          <FeedSubscribeButton state={state} />
          <ExportMenu state={state} />
          {can('menu.manage') && shownYear !== null && <CopyForwardButton year={shownYear} />}
          {can('menu.write') && (
            <>
              <Button
                component={Link}
                to="/menu/import"
                variant="default"
                leftSection={<IconFileImport size={16} aria-hidden />}
              >
                {t('menu.import')}
              </Button>
              <Button
                component={Link}
                to="/menu/activities/new"
                leftSection={<IconPlus size={16} aria-hidden />}
              >
                {t('menu.newActivity')}
              </Button>
            </>
          )}
        </Group>
      </Group>

      <MenuSearchBar state={state} years={years.data} shownYear={shownYear} onChange={update} />

      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 4, lg: 3 }}>
          <FoldingFilters state={state}>
            <MenuFilterPanel state={state} facets={list.data?.facets} onChange={update} onClear={clear} />
          </FoldingFilters>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 8, lg: 9 }}>
          <Stack gap="sm" component="section" aria-labelledby="menu-results-title">
            <Group justify="space-between" align="flex-end">
              <div>
                <Title order={2} size="h4" id="menu-results-title">
                  {t('menu.results')}
                </Title>
                {list.data && (
                  <Text size="sm" role="status" aria-live="polite" data-testid="menu-count">
                    {t('menu.count', { count: total, formatted: formatNumber(total, locale) })}
                  </Text>
                )}
              </div>
              <Select
                label={t('menu.sort')}
                data={sort.options.map((value) => ({ value, label: t(`menu.sorts.${value}`) }))}
                value={sort.value}
                onChange={(value) => value && update({ sort: value })}
                allowDeselect={false}
                w={280}
                data-testid="menu-sort"
              />
            </Group>
            <ErrorAlert error={list.error} />
            {list.isPending ? (
              <LoadingState />
            ) : list.data ? (
              <>
                {list.data.items.length > 0 ? (
                  <MenuResults items={list.data.items} showStatus={can('menu.write')} />
                ) : (
                  <Text c="dimmed">{t('menu.empty')}</Text>
                )}
                {pages > 1 && (
                  <nav aria-label={t('common.pagination')}>
                    <Pagination
                      total={pages}
                      value={state.page}
                      onChange={(page) => update({ page })}
                      getControlProps={(control) => ({ 'aria-label': t(`common.pageControls.${control}`) })}
                      getItemProps={(item) => ({
                        'aria-label': t('common.pageN', { page: item }),
                        'aria-current': item === state.page ? 'page' : undefined,
                      })}
                    />
                  </nav>
                )}
              </>
            ) : null}
          </Stack>
        </Grid.Col>
      </Grid>
    </Stack>
  );
}
