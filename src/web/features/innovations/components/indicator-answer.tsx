import { Radio, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorAnswer } from '../../../../domain/contracts/innovations.js';
import type { Indicator } from '../../../../domain/contracts/periods.js';
import type { BasisCode } from '../../../../domain/iid/catalogue.js';
import { ErrorAlert } from '../../../components/error-alert.js';
import { useAnswerIndicator } from '../api/use-answer-indicator.js';

type Props = { innovationId: string; indicator: Indicator; answer: IndicatorAnswer | undefined; canEdit: boolean };

/** Option 1–3 (0 clears); an indicator with bases (33) first asks for the basis, whose labels then apply. */
export function IndicatorAnswerChoice({ innovationId, indicator, answer, canEdit }: Props) {
  const { t } = useTranslation();
  const save = useAnswerIndicator(innovationId);
  const [basis, setBasis] = useState<BasisCode | null>(answer?.basis ?? null);
  const saved = answer?.option ?? 0;
  // While a change is on its way, the radio shows it; a failure puts the saved answer back.
  const shown = save.isPending ? (save.variables.input.option ?? saved) : saved;
  const bases = indicator.bases ? (Object.entries(indicator.bases) as [BasisCode, NonNullable<Indicator['bases']>[BasisCode]][]) : null;
  const options = bases ? (basis ? indicator.bases?.[basis]?.options : undefined) : indicator.options;
  const send = (option: number, nextBasis = basis) => save.mutate({ code: indicator.code, input: { option, ...(bases ? { basis: nextBasis } : {}) } });

  return (
    <Stack gap="xs">
      {bases && (
        <Select
          label={t('ui.innovations.indicators.basis', { code: indicator.code })}
          data={bases.map(([code, b]) => ({ value: code, label: `${code.toUpperCase()}. ${b?.name ?? code}` }))}
          value={basis}
          onChange={(next) => {
            const code = next as BasisCode | null;
            setBasis(code);
            // Keeps the chosen level, now measured on the new basis.
            if (code && saved > 0) send(saved, code);
          }}
          allowDeselect={false}
          readOnly={!canEdit}
        />
      )}
      {bases && !basis && canEdit && <Text size="sm">{t('ui.innovations.indicators.basisFirst')}</Text>}
      <Radio.Group
        label={t('ui.innovations.indicators.answer', { code: indicator.code })}
        value={String(shown)}
        onChange={(value) => send(Number(value))}
      >
        <Stack gap={6} mt={6}>
          <Radio value="0" label={t('ui.innovations.indicators.unanswered')} disabled={!canEdit || (bases !== null && !basis)} />
          {[1, 2, 3].map((n) => (
            <Radio
              key={n}
              value={String(n)}
              label={t('ui.innovations.indicators.option', { option: n, label: options?.[n - 1]?.label ?? '—' })}
              disabled={!canEdit || !options}
            />
          ))}
        </Stack>
      </Radio.Group>
      <ErrorAlert error={save.error} />
    </Stack>
  );
}
