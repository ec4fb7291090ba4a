import { ActionIcon, Button, Fieldset, Group, Select, Stack, Text, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { datePrecisions, milestoneKinds } from '../../../shared/enums';
import { BilingualInputs } from '../../ui/bilingual-inputs';
import { emptyMilestone, type PartnerFormValues } from './partner-form-values';

export function PartnerFormMilestones({ form }: { form: UseFormReturnType<PartnerFormValues> }) {
  const { t } = useTranslation();
  const rows = form.values.milestones;
  const kinds = milestoneKinds.map((k) => ({ value: k, label: t(`partner.milestoneKinds.${k}`) }));
  const precisions = datePrecisions.map((p) => ({ value: p, label: t(`partnerForm.precisions.${p}`) }));

  return (
    <Stack gap="sm">
      {rows.length === 0 && <Text c="dimmed">{t('partner.noMilestones')}</Text>}
      {rows.map((row, index) => {
        const position = { n: index + 1 };
        const path = `milestones.${index}`;
        return (
          <Fieldset key={row.key} legend={t('partnerForm.milestoneN', position)} data-testid="milestone-row">
            <Stack gap="sm">
              <Group align="flex-start" gap="sm">
                <TextInput
                  type="date"
                  label={t('partnerForm.milestoneDate')}
                  required
                  w={180}
                  {...form.getInputProps(`${path}.occurredOn`)}
                />
                <Select
                  label={t('partnerForm.precision')}
                  data={precisions}
                  allowDeselect={false}
                  w={150}
                  {...form.getInputProps(`${path}.precision`)}
                />
                <Select
                  label={t('partnerForm.milestoneKind')}
                  data={kinds}
                  allowDeselect={false}
                  w={190}
                  {...form.getInputProps(`${path}.kind`)}
                />
                <ActionIcon
                  variant="subtle"
                  color="red"
                  size="lg"
                  mt={26}
                  ml="auto"
                  aria-label={t('partnerForm.removeMilestone', position)}
                  onClick={() => form.removeListItem('milestones', index)}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
              <BilingualInputs
                label={t('partnerForm.milestoneTitle')}
                en={form.getInputProps(`${path}.title.en`)}
                fr={form.getInputProps(`${path}.title.fr`)}
                error={form.errors[`${path}.title`]}
                maxLength={300}
              />
              <BilingualInputs
                label={t('partnerForm.milestoneDescription')}
                en={form.getInputProps(`${path}.description.en`)}
                fr={form.getInputProps(`${path}.description.fr`)}
                error={form.errors[`${path}.description`]}
                multiline
                maxLength={4000}
              />
            </Stack>
          </Fieldset>
        );
      })}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('milestones', emptyMilestone())}
        >
          {t('partnerForm.addMilestone')}
        </Button>
      </Group>
    </Stack>
  );
}
