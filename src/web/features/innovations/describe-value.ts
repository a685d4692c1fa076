import type { TFunction } from 'i18next';
import { plainText } from '../../../domain/innovations/design-text.js';
import type { MasterList } from '../../../domain/master-data.js';
import { formatSize } from './format-numbers.js';

/** Fields whose values are master-data codes, shown by name. */
const listOf: Record<string, MasterList> = {
  initiator: 'initiator',
  kind: 'kind',
  form: 'form',
  mainAffair: 'affair',
  otherAffairs: 'affair',
  theme: 'theme',
  classification: 'classification',
  priorities: 'priority',
};

type Context = {
  t: TFunction;
  language: string;
  nameOf: (list: MasterList, code: string | null) => string | null;
  /** Shown for an empty value. */
  empty?: string;
  /** Longer texts are cut here. */
  max?: number;
};

/** A stored value as a person reads it: names instead of codes, file names, plain text instead of HTML. */
export function describeValue(field: string, value: unknown, { t, language, nameOf, empty, max = 160 }: Context): string {
  if (value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) return empty ?? t('ui.innovations.history.none');
  const short = (text: string) => (text.length > max ? `${text.slice(0, max)}…` : text);
  const list = listOf[field];
  if (list && Array.isArray(value)) return value.map((v) => nameOf(list, String(v)) ?? String(v)).join(', ');
  if (list) return nameOf(list, String(value)) ?? String(value);
  if (field === 'stage' && typeof value === 'string') return t(`ui.innovations.stages.${value as 'inisiatif'}`, { defaultValue: value });
  if (field === 'design' && typeof value === 'string') return short(plainText(value));
  if (field === 'budgetAmount' && typeof value === 'number') return `Rp${new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'id-ID').format(value)}`;
  if (typeof value === 'object' && !Array.isArray(value) && 'name' in value) {
    const file = value as { name: string; size?: number };
    return typeof file.size === 'number' ? `${file.name} (${formatSize(file.size, language)})` : file.name;
  }
  if (typeof value === 'boolean') return value ? t('ui.periods.yes') : t('ui.periods.no');
  if (typeof value === 'string' || typeof value === 'number') return short(String(value));
  return short(JSON.stringify(value));
}
