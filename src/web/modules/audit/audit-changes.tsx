import { Code, List, Text, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { labelOf } from '../../ui/translated-text';
import { usePartnerOptions } from '../partners/partners.api';
import type { AuditEvent } from './audit.api';
import { changedFields, describeValue } from './audit-diff';

function Value({ value }: { value: unknown }) {
  const { t } = useTranslation();
  const text = typeof value === 'boolean' ? t(value ? 'common.yes' : 'common.no') : describeValue(value);
  if (text === null) {
    return (
      <Text span c="dimmed" fs="italic" size="sm">
        {t('audit.emptyValue')}
      </Text>
    );
  }
  return (
    <Text span size="sm" fw={500} style={{ overflowWrap: 'anywhere' }}>
      {text}
    </Text>
  );
}

/** What an audit event changed: field, value before → value after; a whole record for creations. */
export function AuditChanges({ event }: { event: Pick<AuditEvent, 'before' | 'after'> }) {
  const { t } = useTranslation();
  const changes = event.before && event.after ? changedFields(event.before, event.after) : [];
  // Partner ids read better as names.
  const partners = usePartnerOptions(changes.some((c) => c.field === 'releasableTo'));
  const names = new Map((partners.data ?? []).map((p) => [p.id, labelOf(p.name)]));
  const readable = (field: string, value: unknown) =>
    field === 'releasableTo' && Array.isArray(value) ? value.map((id) => names.get(String(id)) ?? id) : value;

  if (event.before && event.after) {
    if (changes.length === 0) {
      return (
        <Text size="sm" c="dimmed">
          {t('audit.noFieldChanges')}
        </Text>
      );
    }
    return (
      <List size="sm" spacing={4}>
        {changes.map((change) => {
          const field = t(`audit.fields.${change.field}`, { defaultValue: change.field });
          const label = change.language ? `${field} (${change.language.toUpperCase()})` : field;
          return (
            <List.Item key={`${change.field}.${change.language ?? ''}`} data-testid="audit-change">
              <Text span size="sm" c="dimmed">
                {t('audit.fieldLabel', { field: label })}{' '}
              </Text>
              <Value value={readable(change.field, change.before)} /> <span aria-hidden>→</span>
              <VisuallyHidden>{t('audit.changedTo')}</VisuallyHidden>{' '}
              <Value value={readable(change.field, change.after)} />
            </List.Item>
          );
        })}
      </List>
    );
  }
  const record = event.after ?? event.before;
  if (!record) return null;
  return (
    <details>
      <summary>
        <Text span size="sm">
          {event.after ? t('audit.showRecordAfter') : t('audit.showRecordBefore')}
        </Text>
      </summary>
      {/* Focusable so that keyboard users can scroll it. */}
      <Code block mt="xs" style={{ maxHeight: 320, overflow: 'auto' }} tabIndex={0}>
        {JSON.stringify(record, null, 2)}
      </Code>
    </details>
  );
}
