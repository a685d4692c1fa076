import { useTranslation } from 'react-i18next';

/** Scores in the user's language: `47,04` in Indonesian, `47.04` in English. */
export function useNumbers() {
  const { i18n } = useTranslation();
  const locale = i18n.language === 'en' ? 'en-GB' : 'id-ID';
  return {
    /** Exactly two decimals, as the index is published. */
    fixed: (value: number) => new Intl.NumberFormat(locale, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value),
    /** Up to two decimals: scores such as 0.75 × 3. */
    score: (value: number) => new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(value),
  };
}
