import { Fieldset, Group, MultiSelect, Radio, Stack } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { eligibilityKinds } from '../../../shared/enums';
import { ReleasabilityFields } from '../../ui/releasability-fields';
import type { ActivityFormValues } from './activity-form-values';
import { eligibilityLabel } from './menu-labels';

type Option = { value: string; label: string };

/** Who may apply (eligibility) and who may see the activity (releasability). */
export function ActivityAudienceFields({
  form,
  frameworkOptions,
  partnerOptions,
}: {
  form: UseFormReturnType<ActivityFormValues>;
  frameworkOptions: Option[];
  partnerOptions: Option[];
}) {
  const { t } = useTranslation();
  return (
    <>
      <Fieldset legend={t('activityForm.eligibility')}>
        <Stack gap="sm">
          <Radio.Group
            label={t('activityForm.whoMayApply')}
            {...form.getInputProps('eligibility.kind')}
            onChange={(value) =>
              form.setFieldValue('eligibility.kind', value as ActivityFormValues['eligibility']['kind'])
            }
          >
            <Group gap="lg" mt="xs">
              {eligibilityKinds.map((k) => (
                <Radio key={k} value={k} label={eligibilityLabel(t, k)} />
              ))}
            </Group>
          </Radio.Group>
          {form.values.eligibility.kind === 'frameworks' && (
            <MultiSelect
              label={t('activityForm.eligibleFrameworks')}
              data={frameworkOptions}
              searchable
              required
              nothingFoundMessage={t('common.nothingFound')}
              {...form.getInputProps('eligibility.frameworkIds')}
            />
          )}
          {form.values.eligibility.kind === 'partners' && (
            <MultiSelect
              label={t('activityForm.eligiblePartners')}
              data={partnerOptions}
              searchable
              required
              nothingFoundMessage={t('common.nothingFound')}
              {...form.getInputProps('eligibility.partnerIds')}
            />
          )}
        </Stack>
      </Fieldset>

      <Fieldset legend={t('activityForm.releasability')}>
        <Stack gap="sm">
          <ReleasabilityFields
            label={t('activityForm.whoMaySee')}
            releasableToLabel={t('activityForm.releasableTo')}
            releasability={form.getInputProps('releasability')}
            releasableTo={form.getInputProps('releasableTo')}
            onChange={(value) => form.setFieldValue('releasability', value)}
            partners={partnerOptions}
          />
        </Stack>
      </Fieldset>
    </>
  );
}
