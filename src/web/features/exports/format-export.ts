import type { TFunction } from 'i18next';
import type { ExportJob } from '../../../domain/contracts/letters.js';

type Kind = ExportJob['kind'];
/** `letters.teguran` → `letters`: the family names what the job counts (letters, parts, files). */
type Family = Kind extends `${infer F}.${string}` ? F : never;

export const exportFamily = (kind: Kind) => kind.split('.')[0] as Family;

/** "12,5 KB", "3 MB": Intl names the unit in the reader's language. */
export function formatBytes(bytes: number, language: string): string {
  const locale = language === 'en' ? 'en-GB' : 'id-ID';
  const [value, unit] = bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'megabyte'] : bytes >= 1024 ? [bytes / 1024, 'kilobyte'] : [bytes, 'byte'];
  return new Intl.NumberFormat(locale, { style: 'unit', unit, maximumFractionDigits: 1 }).format(value);
}

/**
 * Why a job failed. The server stores a catalogue key (`error.noUnitsBelowQuota`) for a failure it
 * expected; anything else is an internal message not meant for the reader, so only the generic text shows.
 */
export function exportErrorText(t: TFunction, i18nExists: (key: string) => boolean, error: string | null): string {
  const generic = t('ui.exports.failed');
  if (!error || !/^(error|validation)\.\w+/.test(error) || !i18nExists(error)) return generic;
  return t(error as 'error.noUnitsBelowQuota');
}
