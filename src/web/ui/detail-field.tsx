import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One term and its value in a record's details (inside a `dl`). */
export function DetailField({
  label,
  children,
  testId,
}: {
  label: string;
  children: ReactNode;
  testId?: string;
}) {
  return (
    <div>
      <Text component="dt" size="sm" c="dimmed" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} size="md" data-testid={testId}>
        {children}
      </Text>
    </div>
  );
}
