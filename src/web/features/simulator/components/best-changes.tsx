import { Button, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { findIndicator, type Catalogue } from '../../../../domain/iid/catalogue.js';
import { roundHalfUp } from '../../../../domain/iid/engine.js';
import type { Change, Suggestion } from '../../../../domain/iid/simulate.js';
import { useNumbers } from '../use-numbers.js';

type Props = { catalogue: Catalogue; suggestions: readonly Suggestion[]; onApply: (change: Change) => void };

/** The changes that would raise the claimed index most, each with a button that tries it. */
export function BestChanges({ catalogue, suggestions, onApply }: Props) {
  const { t } = useTranslation();
  const n = useNumbers();
  if (suggestions.length === 0) return <Text>{t('ui.simulator.noSuggestions')}</Text>;
  const describe = ({ kind, change }: Suggestion): string => {
    if (change.kind === 'include') return t('ui.simulator.suggestions.include', { id: change.innovationId });
    const name = findIndicator(catalogue, change.code)?.name ?? '';
    const option = change.answer?.option ?? 0;
    if (change.kind === 'regionAnswer') return t('ui.simulator.suggestions.fillRegion', { code: change.code, name, option });
    const key = kind === 'fillMandatory' ? 'fillMandatory' : 'raiseAnswer';
    return t(`ui.simulator.suggestions.${key}`, { id: change.innovationId, code: change.code, name, option });
  };
  return (
    <List type="ordered" spacing="sm" data-testid="best-changes">
      {suggestions.map((s, index) => {
        const text = describe(s);
        return (
          <List.Item key={index}>
            <Group gap="sm" wrap="wrap">
              <div>
                <Text size="sm">{text}</Text>
                <Text size="sm" fw={600}>
                  {t('ui.simulator.gain', { gain: n.fixed(s.gain), iid: n.fixed(roundHalfUp(s.iidExact)) })}
                </Text>
              </div>
              <Button size="xs" variant="light" onClick={() => onApply(s.change)} aria-label={t('ui.simulator.applyLabel', { text })}>
                {t('ui.simulator.apply')}
              </Button>
            </Group>
          </List.Item>
        );
      })}
    </List>
  );
}
