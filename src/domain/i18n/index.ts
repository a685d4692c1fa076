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
import { messagesContestsEn, messagesContestsId } from './messages-contests.js';
import { messagesJudgingEn, messagesJudgingId } from './messages-judging.js';
import { messagesContestTermsEn, messagesContestTermsId } from './messages-contest-terms.js';
import { portalContestsEn, portalContestsId } from './portal-contests.js';
import { uiContestsAdminEn, uiContestsAdminId } from './ui-contests-admin.js';
import { uiContestsEn, uiContestsId } from './ui-contests.js';

export const languages = ['id', 'en'] as const;
export type Language = (typeof languages)[number];
export const defaultLanguage: Language = 'id';

/**
 * One catalogue for server and web: i18next resources, namespace `translation`. Features added
 * after the registry keep their texts in their own files (portal, ideas, lab, announcements) so
 * the big catalogues stay readable; `merge` below joins them (the ideas and lab files add to the
 * registry's `error`, `validation`, `notification` and `mail` groups).
 */
type Tree = { readonly [key: string]: string | Tree };

/**
 * Merges feature catalogues into one: nested objects are merged key by key, so a feature file may
 * add, say, `notification.ideas.*` beside the registry's `notification.review.*`. A text defined
 * twice is a mistake and throws at start-up (and in the i18n test).
 */
function merge<A extends Tree, B extends Tree>(a: A, b: B, path = ''): A & B {
  const out: Record<string, string | Tree> = { ...a };
  for (const [key, value] of Object.entries(b)) {
    const mine = out[key];
    if (mine === undefined) out[key] = value;
    else if (typeof mine === 'object' && typeof value === 'object') out[key] = merge(mine, value, `${path}${key}.`);
    else throw new Error(`i18n: the text ${path}${key} is defined twice`);
  }
  return out as A & B;
}

const catalogue = <T extends Tree[]>(...parts: T) => parts.reduce((all, part) => merge(all, part), {} as Tree) as UnionToIntersection<T[number]>;
type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;

export const resources = {
  id: {
    translation: catalogue(messagesId, messagesIdeasId, messagesLabId, messagesAnnouncementsId, messagesContestsId, messagesJudgingId, messagesContestTermsId, {
      portal: catalogue(portalId, portalCatalogueId, portalIdeasId, portalDataId, portalContestsId),
      ui: catalogue(uiId, uiIdeasId, uiLabId, uiAnnouncementsId, uiContestsAdminId, uiContestsId),
    }),
  },
  en: {
    translation: catalogue(messagesEn, messagesIdeasEn, messagesLabEn, messagesAnnouncementsEn, messagesContestsEn, messagesJudgingEn, messagesContestTermsEn, {
      portal: catalogue(portalEn, portalCatalogueEn, portalIdeasEn, portalDataEn, portalContestsEn),
      ui: catalogue(uiEn, uiIdeasEn, uiLabEn, uiAnnouncementsEn, uiContestsAdminEn, uiContestsEn),
    }),
  },
};

/** Picks `en` only when the caller asks for it; everything else gets Indonesian. */
export function pickLanguage(header: string | undefined | null): Language {
  if (!header) return defaultLanguage;
  const first = header.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : defaultLanguage;
}
