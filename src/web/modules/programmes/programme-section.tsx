import { Card, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A titled card of the programme page, named by its heading for assistive technologies. */
export function ProgrammeSection({
  title,
  children,
  testId,
}: {
  title: string;
  children: ReactNode;
  testId: string;
}) {
  const id = `section-${testId}`;
  return (
    <Card withBorder component="section" aria-labelledby={id} data-testid={testId}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Card>
  );
}
