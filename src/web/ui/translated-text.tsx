import { Badge, Group, Text, type TextProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Bilingual } from '../../core/bilingual';
import { pickText } from '../../core/bilingual';
import { currentLocale } from '../i18n';

/** Text in the UI language; when only the other language exists, shows it and says so. */
export function TranslatedText({ value, ...props }: { value: Bilingual } & TextProps) {
  const { t } = useTranslation();
  const { text, missing } = pickText(value, currentLocale());
  if (!text) {
    return (
      <Text c="dimmed" fs="italic" {...props}>
        {t('common.noText')}
      </Text>
    );
  }
  if (!missing) return <Text {...props}>{text}</Text>;
  const otherLang = currentLocale() === 'en' ? 'fr' : 'en';
  return (
    <Group gap="xs" align="baseline" wrap="nowrap">
      <Text lang={otherLang} {...props}>
        {text}
      </Text>
      <Badge size="xs" variant="outline" color="gray" style={{ flexShrink: 0 }}>
        {t('common.translationMissing')}
      </Badge>
    </Group>
  );
}

/** A short label (a name) for tables and selects: the UI language, falling back silently. */
export function labelOf(value: Bilingual): string {
  return pickText(value, currentLocale()).text;
}

/** One language of a name: shown as it is, or "translation missing" when empty. */
export function LanguageValue({ value, lang }: { value: string; lang: 'en' | 'fr' }) {
  const { t } = useTranslation();
  if (!value) {
    return (
      <Text span c="dimmed" fs="italic">
        {t('common.translationMissing')}
      </Text>
    );
  }
  return <span lang={lang}>{value}</span>;
}
