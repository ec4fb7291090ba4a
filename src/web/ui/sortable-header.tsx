import { Table, UnstyledButton } from '@mantine/core';
import { IconArrowDown, IconArrowsSort, IconArrowUp } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props {
  field: string;
  /** The current sort, `name` or `-name`. */
  sort: string;
  onSort: (sort: string) => void;
  children: ReactNode;
}

/** A column header that sorts by its field; a second click reverses the order. */
export function SortableHeader({ field, sort, onSort, children }: Props) {
  const { t } = useTranslation();
  const direction = sort === field ? 'ascending' : sort === `-${field}` ? 'descending' : 'none';
  const Icon =
    direction === 'ascending' ? IconArrowUp : direction === 'descending' ? IconArrowDown : IconArrowsSort;
  return (
    <Table.Th aria-sort={direction}>
      <UnstyledButton
        onClick={() => onSort(direction === 'ascending' ? `-${field}` : field)}
        style={{ display: 'inline-flex', alignItems: 'center', gap: 4, fontWeight: 700 }}
        title={direction === 'ascending' ? t('common.sortDescending') : t('common.sortAscending')}
      >
        {children}
        <Icon size={14} aria-hidden />
      </UnstyledButton>
    </Table.Th>
  );
}
