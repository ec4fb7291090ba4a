import { Button, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { locales } from '../../shared/enums';
import { useSession, useUpdateMe } from '../auth/session';
import { changeLocale, currentLocale } from '../i18n';

/** EN ⇄ FR. A signed-in user's choice is saved on the server, so it follows them. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const { me } = useSession();
  const updateMe = useUpdateMe();
  const active = currentLocale();

  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0, minWidth: 0 }}>
      <VisuallyHidden component="legend">{t('shell.language')}</VisuallyHidden>
      <Button.Group>
        {locales.map((locale) => (
          <Button
            key={locale}
            size="xs"
            variant={locale === active ? 'filled' : 'default'}
            aria-pressed={locale === active}
            lang={locale}
            title={t(`shell.languageNames.${locale}`)}
            onClick={async () => {
              if (locale === i18n.language) return;
              await changeLocale(locale);
              if (me) updateMe.mutate({ locale });
            }}
          >
            {t(`shell.languageCodes.${locale}`)}
          </Button>
        ))}
      </Button.Group>
    </fieldset>
  );
}
