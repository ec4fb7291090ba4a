import { Badge, Group, Text, Timeline } from '@mantine/core';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../i18n';
import { formatCalendarDate } from '../../lib/format';
import { TranslatedText } from '../../ui/translated-text';
import type { Milestone } from './partners.api';

export function PartnerMilestones({ milestones }: { milestones: Milestone[] }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  if (milestones.length === 0) return <Text c="dimmed">{t('partner.noMilestones')}</Text>;
  const sorted = [...milestones].sort((a, b) => a.occurredOn.localeCompare(b.occurredOn));
  return (
    <Timeline
      bulletSize={22}
      lineWidth={2}
      active={sorted.length - 1}
      component="ol"
      style={{ listStyle: 'none', paddingLeft: 0 }}
    >
      {sorted.map((milestone) => (
        <Timeline.Item
          key={milestone.id}
          component="li"
          bullet={<IconFlag size={12} aria-hidden />}
          title={<TranslatedText value={milestone.title} fw={600} />}
          data-testid="milestone"
        >
          <Group gap="xs">
            <Text size="sm" component="time" dateTime={milestone.occurredOn}>
              {formatCalendarDate(milestone.occurredOn, locale, milestone.precision)}
            </Text>
            <Badge size="xs" variant="outline" color="dark">
              {t(`partner.milestoneKinds.${milestone.kind}`)}
            </Badge>
          </Group>
          {(milestone.description.en || milestone.description.fr) && (
            <TranslatedText value={milestone.description} size="sm" mt={4} />
          )}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
