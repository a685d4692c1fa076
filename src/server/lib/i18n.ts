import i18next, { type TFunction } from 'i18next';
import { resources, type Language } from '../../domain/i18n/index.js';

const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: 'id',
  fallbackLng: 'id',
  initAsync: false,
  interpolation: { escapeValue: false },
});

export function translator(lang: Language): TFunction {
  return instance.getFixedT(lang);
}

export function hasKey(key: string): boolean {
  return instance.exists(key);
}
