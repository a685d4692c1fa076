import { messagesEn, messagesId } from './messages.js';
import { uiEn, uiId } from './ui.js';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'id';

/** One catalogue for server and web: i18next resources, namespace `translation`. */
export const resources = {
  id: { translation: { ...messagesId, ui: uiId } },
  en: { translation: { ...messagesEn, ui: uiEn } },
} as const;

/** Picks `en` only when the caller asks for it; everything else gets Indonesian. */
export function pickLanguage(header: string | undefined | null): Language {
  if (!header) return defaultLanguage;
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : defaultLanguage;
}
