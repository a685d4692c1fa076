import { SegmentedControl, type BoxProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { languages } from '../../domain/i18n/index.js';

export function LanguageSwitch(props: BoxProps) {
  const { t, i18n } = useTranslation();
  return (
    <SegmentedControl
      {...props}
      size="xs"
      aria-label={t('ui.layout.language')}
      value={i18n.language}
      onChange={(language) => void i18n.changeLanguage(language)}
      data={languages.map((l) => ({ value: l, label: t(`ui.layout.languages.${l}`) }))}
    />
  );
}
