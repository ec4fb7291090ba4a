import { Button, Checkbox, Stack, Text } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatNumber } from '../../lib/format';
import type { FacetOption } from './facet-options';

interface Props {
  legend: string;
  options: FacetOption[];
  selected: string[];
  onChange: (values: string[]) => void;
  /** Longer lists show this many, then a "show all" button. */
  visible?: number;
  testId?: string;
}

/** A facet as a fieldset of check boxes, each with how many activities it would match. */
export function FacetGroup({ legend, options, selected, onChange, visible = 8, testId }: Props) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  if (options.length === 0) return null;
  // Chosen values stay in sight even when the list is folded.
  const shown = expanded
    ? options
    : options.filter((o, index) => index < visible || selected.includes(o.value));
  const toggle = (value: string, checked: boolean) =>
    onChange(checked ? [...selected, value] : selected.filter((v) => v !== value));

  return (
    <fieldset style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }} data-testid={testId}>
      <Text component="legend" fw={700} size="sm" mb={6} p={0}>
        {legend}
      </Text>
      <Stack gap={6} id={listId}>
        {shown.map((option) => (
          <Checkbox
            key={option.value}
            size="sm"
            value={option.value}
            checked={selected.includes(option.value)}
            onChange={(event) => toggle(option.value, event.currentTarget.checked)}
            label={
              <>
                {option.label}
                {/* A real space, so that a screen reader says "Cyber defence (12)", not "defence(12)". */}
                {option.count !== null && ' '}
                {option.count !== null && (
                  <Text
                    span
                    size="xs"
                    c="dimmed"
                    ml={2}
                    style={{ whiteSpace: 'nowrap' }}
                    data-testid="facet-count"
                  >
                    ({formatNumber(option.count, locale)})
                  </Text>
                )}
              </>
            }
          />
        ))}
      </Stack>
      {options.length > shown.length || expanded
        ? options.length > visible && (
            <Button
              variant="subtle"
              size="compact-xs"
              mt={4}
              aria-expanded={expanded}
              aria-controls={listId}
              onClick={() => setExpanded((v) => !v)}
            >
              {expanded ? t('menu.showFewer') : t('menu.showAll', { count: options.length })}
            </Button>
          )
        : null}
    </fieldset>
  );
}
