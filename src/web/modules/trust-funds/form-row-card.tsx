import { ActionIcon, Group, Paper, Stack, Text } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** One line of a repeated part of the project form (a budget, an indicator): its title, its fields, remove. */
export function FormRowCard(props: {
  title: string;
  removeLabel: string;
  onRemove: () => void;
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="sm" data-testid={props.testId}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Text fw={700}>{props.title}</Text>
          <ActionIcon variant="subtle" color="red" onClick={props.onRemove} aria-label={props.removeLabel}>
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
        {props.children}
      </Stack>
    </Paper>
  );
}
