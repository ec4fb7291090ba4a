import { Badge, type BadgeProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A badge for a short state in a table cell: never cut to "A…" when the column is narrow. */
export function StateBadge({ children, ...props }: BadgeProps & { children: ReactNode; title?: string }) {
  return (
    <Badge
      variant="light"
      {...props}
      styles={{ root: { overflow: 'visible' }, label: { overflow: 'visible' } }}
    >
      {children}
    </Badge>
  );
}
