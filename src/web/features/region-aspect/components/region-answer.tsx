import { Badge, Group, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionIndicator } from '../../../../domain/contracts/region-aspect.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useAnswerRegionIndicator } from '../api/use-answer-region-indicator.js';

type Props = { periodId: string; indicator: RegionIndicator; canEdit: boolean };
type Option = RegionIndicator['options'][number];

/**
 * The three options of a region indicator, each with the evidence it asks for: a radio group for
 * the admin (0 clears the answer), a plain list with the chosen one marked for everyone else.
 */
export function RegionAnswer({ periodId, indicator, canEdit }: Props) {
  const { t } = useTranslation();
  const save = useAnswerRegionIndicator(periodId);
  const [done, setDone] = useState('');
  const { code, options } = indicator;
  // While a change is on its way, the radio shows it; a failure puts the saved answer back.
  const shown = save.isPending ? save.variables.option : indicator.option;
  const label = (n: number) => t('ui.regionAspect.option', { option: n, label: options[n - 1]?.label ?? '—' });
  const needs = (o: Option) =>
    [o.accepts.length > 0 && t('ui.regionAspect.evidenceNeeded', { kinds: o.accepts.map((k) => t(`ui.innovations.indicators.kinds.${k}`)).join(', ') }), o.note]
      .filter(Boolean)
      .join(' ');

  if (!canEdit) {
    return (
      <Stack gap={6}>
        <Text size="sm" fw={600}>
          {t('ui.regionAspect.answered', { answer: indicator.option > 0 ? label(indicator.option) : t('ui.regionAspect.unanswered') })}
        </Text>
        <Stack gap={4} component="ul" aria-label={t('ui.regionAspect.optionsLabel', { code })} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {options.map((o, i) => (
            <li key={i}>
              <Group gap="xs" wrap="wrap">
                <Text size="sm" fw={indicator.option === i + 1 ? 600 : undefined}>
                  {label(i + 1)}
                </Text>
                {indicator.option === i + 1 && (
                  <Badge variant="light" color="blue" size="sm">
                    {t('ui.regionAspect.chosen')}
                  </Badge>
                )}
              </Group>
              <Text size="xs" c="dimmed">
                {needs(o)}
              </Text>
            </li>
          ))}
        </Stack>
      </Stack>
    );
  }

  return (
    <Stack gap="xs">
      <Radio.Group
        label={t('ui.regionAspect.answer', { code })}
        value={String(shown)}
        onChange={(value) => {
          setDone('');
          save.mutate({ code, option: Number(value) }, { onSuccess: () => setDone(t('ui.regionAspect.answerSaved', { code })) });
        }}
      >
        <Stack gap={8} mt={6}>
          <Radio value="0" label={t('ui.regionAspect.unanswered')} />
          {options.map((o, i) => (
            <Radio key={i} value={String(i + 1)} label={label(i + 1)} description={needs(o)} />
          ))}
        </Stack>
      </Radio.Group>
      <ErrorAlert error={save.error} />
      <Text role="status" size="sm" c="blue.9">
        {done}
      </Text>
    </Stack>
  );
}
