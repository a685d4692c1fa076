import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { defaultLanguage, languages, resources, type Language } from '../../domain/i18n/index.js';

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof resources)[Language];
  }
}

const storageKey = 'lumbung.language';

// Indonesian unless the user chose otherwise: the browser's language is deliberately ignored.
function savedLanguage(): Language {
  const saved = localStorage.getItem(storageKey);
  return languages.find((l) => l === saved) ?? defaultLanguage;
}

i18n.on('languageChanged', (language) => {
  document.documentElement.lang = language;
  localStorage.setItem(storageKey, language);
});

void i18n.use(initReactI18next).init({
  resources,
  lng: savedLanguage(),
  fallbackLng: defaultLanguage,
  initAsync: false,
  interpolation: { escapeValue: false },
});

export { i18n };
