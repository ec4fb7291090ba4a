import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../ui/translated-text';
import type { TaxonomyEntry } from '../taxonomies/taxonomies.api';
import { emptyFramework, type PartnerFormValues } from './partner-form-values';

interface Props {
  form: UseFormReturnType<PartnerFormValues>;
  frameworks: TaxonomyEntry[];
}

export function PartnerFormFrameworks({ form, frameworks }: Props) {
  const { t } = useTranslation();
  const rows = form.values.frameworks;
  const chosen = new Set(rows.map((row) => row.frameworkId));

  return (
    <Stack gap="sm">
      {rows.length === 0 && <Text c="dimmed">{t('partner.noFrameworks')}</Text>}
      {rows.map((row, index) => {
        const position = { n: index + 1 };
        const options = frameworks
          .filter((f) => f.active || f.id === row.frameworkId)
          .map((f) => ({
            value: f.id,
            label: `${labelOf(f.name)} (${f.code})`,
            disabled: f.id !== row.frameworkId && chosen.has(f.id),
          }));
        return (
          <Fieldset
            key={row.key}
            legend={t('partnerForm.frameworkN', position)}
            variant="unstyled"
            data-testid="framework-row"
          >
            <Group align="flex-start" gap="sm">
              <Select
                label={t('partnerForm.framework')}
                data={options}
                searchable
                required
                nothingFoundMessage={t('common.nothingFound')}
                style={{ flex: '1 1 260px' }}
                {...form.getInputProps(`frameworks.${index}.frameworkId`)}
              />
              <TextInput
                type="date"
                label={t('partnerForm.joinedOn')}
                w={170}
                {...form.getInputProps(`frameworks.${index}.joinedOn`)}
              />
              <TextInput
                type="date"
                label={t('partnerForm.leftOn')}
                w={170}
                {...form.getInputProps(`frameworks.${index}.leftOn`)}
              />
              <ActionIcon
                variant="subtle"
                color="red"
                size="lg"
                mt={26}
                aria-label={t('partnerForm.removeFramework', position)}
                onClick={() => form.removeListItem('frameworks', index)}
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
          onClick={() => form.insertListItem('frameworks', emptyFramework())}
        >
          {t('partnerForm.addFramework')}
        </Button>
      </Group>
    </Stack>
  );
}
