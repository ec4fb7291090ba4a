import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  TextInput,
} from '@mantine/core';
import { DateInput } from '@mantine/dates';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { countryOptions } from '../providers/country-options';
import { type ActivityFormValues, emptyIteration, type IterationRow } from './activity-form-values';
import { parseTypedDate } from './typed-date';

// biome-ignore lint/suspicious/noExplicitAny: the same fields serve two forms of different shapes, by path
type LooseForm = UseFormReturnType<any>;

/** Dates as the form keeps them (`YYYY-MM-DD`, '' when empty), written the UI language's way. */
function dateProps(form: LooseForm, path: string, value: string) {
  return {
    value: value || null,
    onChange: (next: string | null) => form.setFieldValue(path, next ?? ''),
    error: form.errors[path],
    valueFormat: 'D MMM YYYY',
    dateParser: (input: string) => parseTypedDate(input, currentLocale()),
    clearable: true,
    w: { base: '100%', sm: 190 },
  };
}

/**
 * The inputs of one iteration, bound to `form` under `prefix` (`iterations.2.` in the new-activity
 * form, nothing in the iteration modal).
 */
export function IterationFields({
  form,
  prefix,
  row,
}: {
  form: LooseForm;
  prefix: string;
  row: IterationRow;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const path = (field: keyof IterationRow) => `${prefix}${field}`;
  return (
    <Stack gap="sm">
      <Group gap="lg">
        <Switch
          label={t('activityForm.selfPaced')}
          description={t('activityForm.selfPacedHint')}
          {...form.getInputProps(path('selfPaced'), { type: 'checkbox' })}
        />
        <Switch
          label={t('activityForm.online')}
          {...form.getInputProps(path('online'), { type: 'checkbox' })}
        />
      </Group>
      <Group align="flex-start" gap="sm">
        {!row.selfPaced && (
          <>
            <DateInput
              label={t('activityForm.startsOn')}
              required
              {...dateProps(form, path('startsOn'), row.startsOn)}
            />
            <DateInput
              label={t('activityForm.endsOn')}
              required
              {...dateProps(form, path('endsOn'), row.endsOn)}
            />
          </>
        )}
        <DateInput
          label={t('activityForm.nominationDeadline')}
          {...dateProps(form, path('nominationDeadline'), row.nominationDeadline)}
        />
        <NumberInput
          label={t('activityForm.seats')}
          description={t('activityForm.seatsHint')}
          // Below the input, so the row's inputs stay aligned.
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          required
          min={0}
          max={100_000}
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          w={{ base: '100%', sm: 160 }}
          {...form.getInputProps(path('seats'))}
        />
        <NumberInput
          label={t('activityForm.partnerSeatLimit')}
          description={t('activityForm.partnerSeatLimitHint')}
          inputWrapperOrder={['label', 'input', 'description', 'error']}
          min={1}
          max={100_000}
          // Not clamped to the seats: a limit above them is refused with a message, never changed silently.
          clampBehavior="none"
          allowDecimal={false}
          allowNegative={false}
          thousandSeparator={false}
          w={{ base: '100%', sm: 240 }}
          {...form.getInputProps(path('partnerSeatLimit'))}
        />
      </Group>
      {!row.online && (
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput label={t('activityForm.city')} maxLength={120} {...form.getInputProps(path('city'))} />
          <Select
            label={t('activityForm.country')}
            data={countryOptions(locale)}
            searchable
            clearable
            nothingFoundMessage={t('common.nothingFound')}
            {...form.getInputProps(path('countryCode'))}
            value={row.countryCode || null}
            onChange={(value) => form.setFieldValue(path('countryCode'), value ?? '')}
          />
        </SimpleGrid>
      )}
    </Stack>
  );
}

/** The iterations of a new activity: rows of the form, sent in the create body. */
export function NewIterationRows({ form }: { form: UseFormReturnType<ActivityFormValues> }) {
  const { t } = useTranslation();
  const rows = form.values.iterations;
  return (
    <Stack gap="sm">
      {rows.map((row, index) => {
        const position = { n: index + 1 };
        return (
          <Fieldset key={row.key} legend={t('activityForm.iterationN', position)} data-testid="iteration-row">
            <Group align="flex-start" wrap="nowrap" gap="sm">
              <div style={{ flexGrow: 1 }}>
                <IterationFields form={form} prefix={`iterations.${index}.`} row={row} />
              </div>
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                aria-label={t('activityForm.removeIteration', position)}
                onClick={() => form.removeListItem('iterations', index)}
              >
                <IconTrash size={18} aria-hidden />
              </ActionIcon>
            </Group>
          </Fieldset>
        );
      })}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('iterations', emptyIteration())}
        >
          {t('activityForm.addIteration')}
        </Button>
      </Group>
    </Stack>
  );
}
