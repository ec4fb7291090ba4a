import { type ComboboxData, Group, MultiSelect, Radio } from '@mantine/core';
import type { GetInputPropsReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { type Releasability, releasabilities } from '../../shared/enums';
import { releasabilityLabel } from '../modules/partners/partner-labels';

/**
 * Who may see a record (partners, activities, funds, projects): public, internal, or releasable to the
 * partners chosen, whose picker shows only then. The form's own input props are passed through.
 */
export function ReleasabilityFields(props: {
  label: string;
  releasableToLabel: string;
  releasability: GetInputPropsReturnType;
  releasableTo: GetInputPropsReturnType;
  onChange: (value: Releasability) => void;
  partners: ComboboxData;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Radio.Group
        label={props.label}
        {...props.releasability}
        onChange={(value) => props.onChange(value as Releasability)}
      >
        <Group gap="lg" mt="xs">
          {releasabilities.map((r) => (
            <Radio key={r} value={r} label={releasabilityLabel(t, r)} />
          ))}
        </Group>
      </Radio.Group>
      {props.releasability.value === 'releasable' && (
        <MultiSelect
          label={props.releasableToLabel}
          data={props.partners}
          searchable
          required
          nothingFoundMessage={t('common.nothingFound')}
          {...props.releasableTo}
        />
      )}
    </>
  );
}
