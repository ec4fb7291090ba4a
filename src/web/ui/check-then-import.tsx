import { Button, Group, Text } from '@mantine/core';
import { IconChecks, IconUpload } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/**
 * The two steps of a file import (menu, exchange rates, IATI): check it (a dry run, filled until it
 * passed), then import it (enabled once the check passed), with a hint until the file is checked.
 */
export function CheckThenImport(props: {
  /** The last check of this very file passed. */
  ready: boolean;
  canCheck: boolean;
  pending: boolean;
  /** The request under way is a check. */
  checking: boolean;
  /** A file is chosen and nothing was asked of it yet: say that it must be checked first. */
  hint: string | null;
  onRun: (dryRun: boolean) => void;
  labels: { check: ReactNode; run: ReactNode };
  testIds: { check?: string; run: string };
}) {
  const { ready, pending, checking } = props;
  return (
    <>
      <Group gap="sm">
        <Button
          variant={ready ? 'default' : 'filled'}
          onClick={() => props.onRun(true)}
          disabled={!props.canCheck}
          loading={pending && checking}
          leftSection={<IconChecks size={16} aria-hidden />}
          data-testid={props.testIds.check}
        >
          {props.labels.check}
        </Button>
        <Button
          onClick={() => props.onRun(false)}
          disabled={!ready || pending}
          loading={pending && !checking}
          leftSection={<IconUpload size={16} aria-hidden />}
          data-testid={props.testIds.run}
        >
          {props.labels.run}
        </Button>
      </Group>
      {props.hint && (
        <Text size="sm" c="dimmed">
          {props.hint}
        </Text>
      )}
    </>
  );
}
