import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../shared/enums';
import en from './en.json';
import fr from './fr.json';

const storageKey = 'entente.locale';

export function isLocale(value: unknown): value is Locale {
  return value === 'en' || value === 'fr';
}

/** Before sign-in: the last choice on this browser, else the browser's language. */
function initialLocale(): Locale {
  const stored = window.localStorage.getItem(storageKey);
  if (isLocale(stored)) return stored;
  return navigator.language.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}

export function initI18n(): void {
  i18n.on('languageChanged', (lng) => {
    document.documentElement.lang = lng;
  });
  void i18n.use(initReactI18next).init({
    resources: { en: { translation: en }, fr: { translation: fr } },
    lng: initialLocale(),
    fallbackLng: 'en',
    supportedLngs: ['en', 'fr'],
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  document.documentElement.lang = i18n.language;
}

export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : 'en';
}

export async function changeLocale(locale: Locale): Promise<void> {
  window.localStorage.setItem(storageKey, locale);
  if (i18n.language !== locale) await i18n.changeLanguage(locale);
}

export { i18n };
