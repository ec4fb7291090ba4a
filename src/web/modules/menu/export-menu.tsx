import { Button, Menu } from '@mantine/core';
import { IconChevronDown, IconDownload } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { exportUrl } from './menu.api';
import type { MenuSearchState } from './menu-search-state';

const formats = ['csv', 'xlsx', 'json'] as const;

/** Export of the filtered menu: plain links, so the browser downloads the file itself. */
export function ExportMenu({ state }: { state: MenuSearchState }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Menu position="bottom-end" withinPortal>
      <Menu.Target>
        <Button
          variant="default"
          leftSection={<IconDownload size={16} aria-hidden />}
          rightSection={<IconChevronDown size={14} aria-hidden />}
          data-testid="export-menu"
        >
          {t('menu.export.button')}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {formats.map((format) => (
          <Menu.Item key={format} component="a" href={exportUrl(state, format, locale)} download>
            {t(`menu.export.${format}`)}
          </Menu.Item>
        ))}
      </Menu.Dropdown>
    </Menu>
  );
}
