import { Loader, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { countWords } from '../../../../domain/innovations/design-text.js';

// The rich-text editor (tiptap + ProseMirror) is the heaviest part of the page: it loads on its own.
const DesignEditor = lazy(() => import('./design-editor.js'));

type Props = { value: string; onChange: (html: string) => void; readOnly: boolean; minWords: number; error?: string };

/** The design (rancang bangun) with a live word count against the period's minimum. */
export function DesignField({ value, onChange, readOnly, minWords, error }: Props) {
  const { t } = useTranslation();
  const labelId = useId();
  const countId = useId();
  const words = countWords(value);
  const short = words < minWords;

  return (
    <Stack gap={6}>
      <Title order={3} size="h4" id={labelId}>
        {t('ui.innovations.fields.design')}
        <Text span c="var(--mantine-color-error)" aria-hidden>
          {' *'}
        </Text>
      </Title>
      <Suspense fallback={<Loader size="sm" />}>
        <DesignEditor value={value} onChange={onChange} readOnly={readOnly} labelId={labelId} describedBy={countId} invalid={Boolean(error)} />
      </Suspense>
      <Text id={countId} size="sm" c={short ? 'var(--mantine-color-error)' : 'dimmed'} fw={short ? 600 : undefined}>
        {t('ui.innovations.profile.designWords', { count: words })} ·{' '}
        {short ? t('ui.innovations.profile.designShort', { min: minWords, missing: minWords - words }) : t('ui.innovations.profile.designEnough', { min: minWords })}
      </Text>
      {error && (
        <Text size="sm" c="var(--mantine-color-error)">
          {error}
        </Text>
      )}
    </Stack>
  );
}
