import { Button, Fieldset, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { budgetKinds } from '../../../shared/enums';
import { currentLocale } from '../../i18n';
import { FormDateInput } from './form-date-input';
import { FormRowCard } from './form-row-card';
import { currencyOptions } from './fund-form-values';
import { emptyBudget, type ProjectFormValues } from './project-form-values';
import { budgetKindLabel } from './tf-labels';

export type ProjectFormType = UseFormReturnType<ProjectFormValues>;

/** The budget lines: per period, original or revised, an amount in a currency; added and removed. */
export function BudgetRows({ form, fundCurrency }: { form: ProjectFormType; fundCurrency: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const rows = form.values.budgets;
  return (
    <Fieldset legend={t('trustFunds.budgets')} data-testid="form-budgets">
      <Stack gap="sm">
        {rows.length === 0 && <Text c="dimmed">{t('trustFunds.noBudgets')}</Text>}
        {rows.map((row, index) => {
          const n = index + 1;
          const path = `budgets.${index}`;
          return (
            <FormRowCard
              key={row.key}
              title={t('trustFunds.projectForm.budgetN', { n })}
              removeLabel={t('trustFunds.projectForm.removeBudget', { n })}
              onRemove={() => form.removeListItem('budgets', index)}
              testId="budget-form-row"
            >
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
                <Select
                  label={t('trustFunds.budget.kind')}
                  data={budgetKinds.map((k) => ({ value: k, label: budgetKindLabel(t, k) }))}
                  allowDeselect={false}
                  {...form.getInputProps(`${path}.kind`)}
                />
                <FormDateInput
                  label={t('trustFunds.budget.periodStart')}
                  inputProps={form.getInputProps(`${path}.periodStart`)}
                  required
                />
                <FormDateInput
                  label={t('trustFunds.budget.periodEnd')}
                  inputProps={form.getInputProps(`${path}.periodEnd`)}
                  required
                />
                <TextInput
                  label={t('trustFunds.budget.amount')}
                  inputMode="decimal"
                  autoComplete="off"
                  required
                  {...form.getInputProps(`${path}.amount`)}
                />
                <Select
                  label={t('trustFunds.transaction.currency')}
                  data={currencyOptions(locale)}
                  searchable
                  allowDeselect={false}
                  nothingFoundMessage={t('common.nothingFound')}
                  {...form.getInputProps(`${path}.currency`)}
                />
                <FormDateInput
                  label={t('trustFunds.budget.valueDate')}
                  description={t('trustFunds.projectForm.valueDateHint')}
                  inputProps={form.getInputProps(`${path}.valueDate`)}
                />
              </SimpleGrid>
            </FormRowCard>
          );
        })}
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('budgets', emptyBudget(fundCurrency, new Date().getFullYear()))}
          style={{ alignSelf: 'flex-start' }}
        >
          {t('trustFunds.projectForm.addBudget')}
        </Button>
      </Stack>
    </Fieldset>
  );
}
