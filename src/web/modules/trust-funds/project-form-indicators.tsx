import {
  ActionIcon,
  Button,
  Fieldset,
  Group,
  Select,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { indicatorUnits, resultTypes } from '../../../shared/enums';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { FormDateInput } from './form-date-input';
import { FormRowCard } from './form-row-card';
import type { ProjectFormType } from './project-form-budgets';
import { emptyIndicator, emptyPeriod } from './project-form-values';
import { resultTypeLabel, unitLabel } from './tf-labels';

const thisYear = () => new Date().getFullYear();

/** One indicator's periods: start, end, target and actual; added and removed. */
function PeriodRows({ form, index, n }: { form: ProjectFormType; index: number; n: number }) {
  const { t } = useTranslation();
  const periods = form.values.indicators[index]?.periods ?? [];
  const listPath = `indicators.${index}.periods`;
  return (
    <Stack gap="xs">
      {periods.map((period, p) => {
        const path = `${listPath}.${p}`;
        const m = p + 1;
        return (
          <Group key={period.key} align="flex-end" gap="sm" wrap="wrap" data-testid="indicator-period-row">
            <FormDateInput
              label={t('trustFunds.projectForm.periodStartN', { n: m })}
              inputProps={form.getInputProps(`${path}.periodStart`)}
              required
            />
            <FormDateInput
              label={t('trustFunds.projectForm.periodEndN', { n: m })}
              inputProps={form.getInputProps(`${path}.periodEnd`)}
              required
            />
            <TextInput
              label={t('trustFunds.projectForm.targetN', { n: m })}
              inputMode="decimal"
              autoComplete="off"
              w={140}
              {...form.getInputProps(`${path}.target`)}
            />
            <TextInput
              label={t('trustFunds.projectForm.actualN', { n: m })}
              inputMode="decimal"
              autoComplete="off"
              w={140}
              {...form.getInputProps(`${path}.actual`)}
            />
            <ActionIcon
              variant="subtle"
              color="red"
              mb={6}
              onClick={() => form.removeListItem(listPath, p)}
              aria-label={t('trustFunds.projectForm.removePeriod', { n: m, indicator: n })}
            >
              <IconTrash size={16} aria-hidden />
            </ActionIcon>
          </Group>
        );
      })}
      <Button
        variant="subtle"
        size="xs"
        leftSection={<IconPlus size={14} aria-hidden />}
        onClick={() => form.insertListItem(listPath, emptyPeriod(thisYear()))}
        style={{ alignSelf: 'flex-start' }}
      >
        {t('trustFunds.projectForm.addPeriod', { n })}
      </Button>
    </Stack>
  );
}

/** The results: each indicator with its type, unit, direction, baseline and periods. */
export function IndicatorRows({ form }: { form: ProjectFormType }) {
  const { t } = useTranslation();
  const rows = form.values.indicators;
  return (
    <Fieldset legend={t('trustFunds.results')} data-testid="form-indicators">
      <Stack gap="sm">
        {rows.length === 0 && <Text c="dimmed">{t('trustFunds.noIndicators')}</Text>}
        {rows.map((row, index) => {
          const n = index + 1;
          const path = `indicators.${index}`;
          return (
            <FormRowCard
              key={row.key}
              title={t('trustFunds.projectForm.indicatorN', { n })}
              removeLabel={t('trustFunds.projectForm.removeIndicator', { n })}
              onRemove={() => form.removeListItem('indicators', index)}
              testId="indicator-form-row"
            >
              <BilingualInputs
                label={t('trustFunds.indicator.title')}
                en={form.getInputProps(`${path}.title.en`)}
                fr={form.getInputProps(`${path}.title.fr`)}
                error={form.errors[`${path}.title`]}
                maxLength={500}
              />
              <SimpleGrid cols={{ base: 1, sm: 4 }} spacing="sm">
                <Select
                  label={t('trustFunds.indicator.resultType')}
                  data={resultTypes.map((r) => ({ value: r, label: resultTypeLabel(t, r) }))}
                  allowDeselect={false}
                  {...form.getInputProps(`${path}.resultType`)}
                />
                <Select
                  label={t('trustFunds.indicator.unit')}
                  data={indicatorUnits.map((u) => ({ value: u, label: unitLabel(t, u) }))}
                  allowDeselect={false}
                  {...form.getInputProps(`${path}.unit`)}
                />
                <TextInput
                  label={t('trustFunds.indicator.baseline')}
                  inputMode="decimal"
                  autoComplete="off"
                  {...form.getInputProps(`${path}.baselineValue`)}
                />
                <TextInput
                  label={t('trustFunds.indicator.baselineYear')}
                  inputMode="numeric"
                  autoComplete="off"
                  maxLength={4}
                  {...form.getInputProps(`${path}.baselineYear`)}
                />
              </SimpleGrid>
              <Switch
                label={t('trustFunds.indicator.ascending')}
                description={t('trustFunds.projectForm.ascendingHint')}
                {...form.getInputProps(`${path}.ascending`, { type: 'checkbox' })}
              />
              <PeriodRows form={form} index={index} n={n} />
            </FormRowCard>
          );
        })}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('indicators', emptyIndicator(thisYear()))}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('trustFunds.projectForm.addIndicator')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
