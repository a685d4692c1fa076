import type { DeepStrings } from './deep-strings.js';

/** Server texts of panels, judging, results and certificates (top-level `judging`, plus `validation.judging`, `notification.judging`, `mail.judging`). Indonesian first; English must have the same keys. */
export const messagesJudgingId = {} as const;

export const messagesJudgingEn: DeepStrings<typeof messagesJudgingId> = {};
