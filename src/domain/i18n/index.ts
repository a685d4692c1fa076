import { messagesEn, messagesId } from './messages.js';
import { uiEn, uiId } from './ui.js';
import { portalEn, portalId } from './portal.js';
import { portalCatalogueEn, portalCatalogueId } from './portal-catalogue.js';
import { portalIdeasEn, portalIdeasId } from './portal-ideas.js';
import { portalDataEn, portalDataId } from './portal-data.js';
import { uiIdeasEn, uiIdeasId } from './ui-ideas.js';
import { uiLabEn, uiLabId } from './ui-lab.js';
import { uiAnnouncementsEn, uiAnnouncementsId } from './ui-announcements.js';
import { messagesIdeasEn, messagesIdeasId } from './messages-ideas.js';
import { messagesLabEn, messagesLabId } from './messages-lab.js';
import { messagesAnnouncementsEn, messagesAnnouncementsId } from './messages-announcements.js';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'id';

/**
 * One catalogue for server and web: i18next resources, namespace `translation`. Features added
 * after the registry keep their texts in their own files (portal, ideas, lab, announcements) so
 * the big catalogues stay readable; each adds top-level keys of its own, never a shared one.
 */
export const resources = {
  id: {
    translation: {
      ...messagesId,
      ...messagesIdeasId,
      ...messagesLabId,
      ...messagesAnnouncementsId,
      portal: { ...portalId, ...portalCatalogueId, ...portalIdeasId, ...portalDataId },
      ui: { ...uiId, ...uiIdeasId, ...uiLabId, ...uiAnnouncementsId },
    },
  },
  en: {
    translation: {
      ...messagesEn,
      ...messagesIdeasEn,
      ...messagesLabEn,
      ...messagesAnnouncementsEn,
      portal: { ...portalEn, ...portalCatalogueEn, ...portalIdeasEn, ...portalDataEn },
      ui: { ...uiEn, ...uiIdeasEn, ...uiLabEn, ...uiAnnouncementsEn },
    },
  },
} as const;

/** Picks `en` only when the caller asks for it; everything else gets Indonesian. */
export function pickLanguage(header: string | undefined | null): Language {
  if (!header) return defaultLanguage;
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : defaultLanguage;
}
